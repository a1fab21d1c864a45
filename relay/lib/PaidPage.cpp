#include "relay/lib/PaidPage.h"

#include "relay/lib/Router.h"

namespace clientele::relay {

namespace {

constexpr std::string_view kPage = R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thank you</title>
<style>
body { font: 17px/1.5 system-ui, sans-serif; margin: 0; display: grid; place-items: center; min-height: 100vh;
       background: #f6f7f9; color: #1d2330; }
main { max-width: 28rem; padding: 2rem; text-align: center; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
</style>
</head>
<body>
<main>
<h1>Thank you</h1>
<p>Your payment has been submitted. You will get a receipt by email once it has gone through. You can close
this page.</p>
</main>
</body>
</html>
)html";

} // namespace

void addPaidPage(Router& router)
{
    router.add(http::verb::get, "/paid", 0, [](const Request& request) {
        Response page(http::status::ok, request.version());
        page.set(http::field::content_type, "text/html; charset=utf-8");
        page.set(http::field::cache_control, "public, max-age=3600");
        page.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        page.set("X-Robots-Tag", "noindex");
        page.keep_alive(request.keep_alive());
        page.body().assign(kPage.data(), kPage.size());
        page.prepare_payload();
        return page;
    });
}

} // namespace clientele::relay
