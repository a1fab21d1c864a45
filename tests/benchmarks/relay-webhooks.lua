-- wrk script: signed Stripe webhooks, each with its own event id, as Stripe would deliver them.
-- The signature is HMAC-SHA256 over "<t>.<body>" (PROVIDERS.md §1.6), computed per request with
-- OpenSSL through LuaJIT's FFI, so every request passes verification and is stored once.
-- Environment: WEBHOOK_SECRET, VAULT_ID.
local ffi = require("ffi")
ffi.cdef[[
typedef struct evp_md_st EVP_MD;
const EVP_MD *EVP_sha256(void);
unsigned char *HMAC(const EVP_MD *evp_md, const void *key, int key_len, const unsigned char *d, size_t n,
                    unsigned char *md, unsigned int *md_len);
]]
local crypto = ffi.load("crypto")
local secret = os.getenv("WEBHOOK_SECRET")
local vault = os.getenv("VAULT_ID")
local counter = 0
local prefix = tostring(math.random(1, 1e9))

local function hex(buffer, length)
  local out = {}
  for i = 0, length - 1 do
    out[#out + 1] = string.format("%02x", buffer[i])
  end
  return table.concat(out)
end

function setup(thread)
  thread:set("thread_id", tostring(math.random(1, 1e9)))
end

function request()
  counter = counter + 1
  local id = "evt_bench_" .. prefix .. "_" .. (thread_id or "0") .. "_" .. counter
  local body = '{"id":"' .. id .. '","object":"event","type":"payment_intent.succeeded","created":1800000000,'
    .. '"data":{"object":{"id":"pi_bench","object":"payment_intent","status":"succeeded","amount":8000,'
    .. '"currency":"eur","metadata":{"vault_id":"' .. vault .. '"}}}}'
  local t = tostring(os.time())
  local payload = t .. "." .. body
  local md = ffi.new("unsigned char[32]")
  local length = ffi.new("unsigned int[1]")
  crypto.HMAC(crypto.EVP_sha256(), secret, #secret, payload, #payload, md, length)
  return wrk.format("POST", "/hooks/stripe",
    { ["Content-Type"] = "application/json", ["Stripe-Signature"] = "t=" .. t .. ",v1=" .. hex(md, 32) }, body)
end
