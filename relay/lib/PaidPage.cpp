#include "relay/lib/PaidPage.h"

#include <string>

#include "relay/lib/Router.h"

namespace clientele::relay {

namespace {

// Both pages share the markup; only the title and the message differ.
std::string pageOf(std::string_view title, std::string_view message)
{
    static constexpr std::string_view kHead = R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font: 17px/1.5 system-ui, sans-serif; margin: 0; display: grid; place-items: center; min-height: 100vh;
       background: #f6f7f9; color: #1d2330; }
main { max-width: 28rem; padding: 2rem; text-align: center; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
</style>
)html";
    std::string html(kHead);
    html.append("<title>").append(title).append("</title>\n</head>\n<body>\n<main>\n<h1>").append(title);
    html.append("</h1>\n<p>").append(message).append("</p>\n</main>\n</body>\n</html>\n");
    return html;
}

const std::string& paidPage()
{
    static const std::string kPaid = pageOf("Thank you",
        "Your payment has been submitted. You will get a receipt by email once it has gone through. You can "
        "close this page.");
    return kPaid;
}

const std::string& donePage()
{
    static const std::string kDone = pageOf("All set",
        "You can close this page and go back to Clientele, which shows whether your account takes card "
        "payments now.");
    return kDone;
}

Response staticPage(const Request& request, std::string_view html)
{
    Response page(http::status::ok, request.version());
    page.set(http::field::content_type, "text/html; charset=utf-8");
    page.set(http::field::cache_control, "public, max-age=3600");
    page.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    page.set("X-Robots-Tag", "noindex");
    page.keep_alive(request.keep_alive());
    page.body().assign(html.data(), html.size());
    page.prepare_payload();
    return page;
}

} // namespace

void addPaidPage(Router& router)
{
    router.add(http::verb::get, "/paid", 0, [](const Request& request) { return staticPage(request, paidPage()); });
    router.add(http::verb::get, "/done", 0, [](const Request& request) { return staticPage(request, donePage()); });
}

} // namespace clientele::relay
