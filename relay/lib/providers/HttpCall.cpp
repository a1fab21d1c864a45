#include "relay/lib/providers/HttpCall.h"

#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace clientele::relay {

namespace {

std::size_t appendBody(char* data, std::size_t size, std::size_t count, void* target)
{
    const std::size_t bytes = size * count;
    static_cast<QByteArray*>(target)->append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

std::size_t appendHeader(char* data, std::size_t size, std::size_t count, void* target)
{
    const std::size_t bytes = size * count;
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(bytes)).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        static_cast<QMap<QByteArray, QByteArray>*>(target)->insert(
            line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return bytes;
}

bool neverSent(CURLcode code)
{
    // Nothing reached the server: name resolution or the connection itself failed.
    return code == CURLE_COULDNT_RESOLVE_HOST || code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_PROXY
        || code == CURLE_SSL_CONNECT_ERROR || code == CURLE_PEER_FAILED_VERIFICATION;
}

} // namespace

Result<HttpCallResponse> httpCall(const HttpCallRequest& request)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) {
        return Error(Error::Code::Internal, QStringLiteral("libcurl could not start a request"));
    }
    curl_slist* rawHeaders = nullptr;
    for (const auto& [name, value] : request.headers) {
        const QByteArray line = name + ": " + value;
        rawHeaders = curl_slist_append(rawHeaders, line.constData());
    }
    // curl adds "Expect: 100-continue" to larger POSTs, which costs a round trip for nothing here.
    rawHeaders = curl_slist_append(rawHeaders, "Expect:");
    const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(rawHeaders, &curl_slist_free_all);

    HttpCallResponse response;
    const QByteArray url = request.url.toEncoded();
    CURL* handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_CUSTOMREQUEST, request.method.constData());
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
    if (request.method != "GET" && request.method != "HEAD") {
        curl_easy_setopt(handle, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    }
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, &appendHeader);
    curl_easy_setopt(handle, CURLOPT_HEADERDATA, &response.headers);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout.count()));
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, 10'000L);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
    // A fresh connection per call: libcurl silently re-sends a request on a reused connection that
    // died before answering, which for an SMS would be a second message.
    curl_easy_setopt(handle, CURLOPT_FRESH_CONNECT, 1L);
    curl_easy_setopt(handle, CURLOPT_FORBID_REUSE, 1L);
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");

    const CURLcode code = curl_easy_perform(handle);
    if (code != CURLE_OK) {
        const bool safe = neverSent(code);
        return Error(Error::Code::Network,
            QStringLiteral("Could not reach %1: %2")
                .arg(request.url.host(), QString::fromUtf8(curl_easy_strerror(code))),
            QString::fromLatin1(safe ? kCallNotSent : kCallOutcomeUnknown), true);
    }
    long status = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    response.status = static_cast<int>(status);
    return response;
}

} // namespace clientele::relay
