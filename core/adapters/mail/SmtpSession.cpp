#include "core/adapters/mail/SmtpSession.h"

#include <cstring>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace clientele {

namespace {

using Stage = MailDelivery::Stage;
using Kind = MailDelivery::Kind;

// What the conversation got to, followed through libcurl's debug callback: the last command sent
// (only its verb is looked at; AUTH lines carry credentials and are never kept), the server's last
// reply, and whether the whole message was handed to libcurl.
struct Conversation
{
    const QByteArray* mime = nullptr;
    qsizetype offset = 0;
    qsizetype sent = 0; // message bytes libcurl wrote to the connection (dot-stuffing only adds some)
    bool allSent = false;
    Stage stage = Stage::Connect;
    QByteArray reply; // the last complete reply before QUIT, its lines joined by "\n"
    QByteArray replyInProgress;
    bool quitting = false; // QUIT sent: its "221 Bye" says nothing about the message

    int replyCode() const { return reply.size() >= 3 ? reply.left(3).toInt() : 0; }
};

std::size_t readMime(char* buffer, std::size_t size, std::size_t count, void* target)
{
    auto* conversation = static_cast<Conversation*>(target);
    const qsizetype left = conversation->mime->size() - conversation->offset;
    const auto bytes = static_cast<qsizetype>(std::min<std::size_t>(size * count, static_cast<std::size_t>(left)));
    std::memcpy(buffer, conversation->mime->constData() + conversation->offset, static_cast<std::size_t>(bytes));
    conversation->offset += bytes;
    return static_cast<std::size_t>(bytes);
}

Stage stageOfCommand(const char* line, std::size_t size)
{
    const QByteArray verb = QByteArray(line, static_cast<qsizetype>(std::min<std::size_t>(size, 10))).toUpper();
    if (verb.startsWith("STARTTLS")) {
        return Stage::Tls;
    }
    if (verb.startsWith("AUTH")) {
        return Stage::SignIn;
    }
    if (verb.startsWith("MAIL FROM")) {
        return Stage::Sender;
    }
    if (verb.startsWith("RCPT TO")) {
        return Stage::Recipient;
    }
    if (verb.startsWith("DATA")) {
        return Stage::Data;
    }
    return Stage::None;
}

bool isQuit(const char* line, std::size_t size)
{
    return size >= 4 && QByteArray(line, 4).toUpper() == "QUIT";
}

int followConversation(CURL* /*handle*/, curl_infotype type, char* data, std::size_t size, void* target)
{
    auto* conversation = static_cast<Conversation*>(target);
    if (type == CURLINFO_HEADER_OUT) {
        conversation->quitting = conversation->quitting || isQuit(data, size);
        const Stage stage = stageOfCommand(data, size);
        if (stage != Stage::None) {
            conversation->stage = stage;
        }
    } else if (type == CURLINFO_DATA_OUT) {
        // Written to the connection, not just handed to libcurl: only once every byte of the message
        // went out can the server have it (a small message is handed over at once).
        conversation->sent += static_cast<qsizetype>(size);
        conversation->allSent = conversation->allSent || conversation->sent >= conversation->mime->size();
    } else if (type == CURLINFO_HEADER_IN && !conversation->quitting) {
        // Replies come a line at a time: "250-first", "250 last". A line whose fourth character is a
        // space ends the reply.
        const QByteArray line = QByteArray(data, static_cast<qsizetype>(size)).trimmed();
        if (!conversation->replyInProgress.isEmpty()) {
            conversation->replyInProgress += '\n';
        }
        conversation->replyInProgress += line;
        if (line.size() < 4 || line.at(3) != '-') {
            conversation->reply = std::exchange(conversation->replyInProgress, {});
        }
    }
    return 0;
}

MailDelivery delivery(Kind kind, Stage stage, const Conversation& conversation, int code, const QString& detail)
{
    MailDelivery result;
    result.kind = kind;
    result.stage = stage;
    result.replyCode = code;
    result.reply = QString::fromUtf8(conversation.reply);
    result.detail = detail;
    return result;
}

MailDelivery classify(CURLcode code, long replyCode, const Conversation& conversation, const char* errorBuffer)
{
    const QString detail = QStringLiteral("%1 (curl %2)")
                               .arg(QString::fromUtf8(*errorBuffer ? errorBuffer : curl_easy_strerror(code)))
                               .arg(static_cast<int>(code));
    // The reply we followed is the one to the step that failed; libcurl's code can be an earlier
    // one (the 334 of an AUTH exchange that ended in 535).
    const int reply = conversation.replyCode() > 0 ? conversation.replyCode() : static_cast<int>(replyCode);
    switch (code) {
    case CURLE_OK:
        return delivery(Kind::Accepted, Stage::Answer, conversation, reply, {});
    case CURLE_COULDNT_RESOLVE_HOST:
        return delivery(Kind::Temporary, Stage::Resolve, conversation, 0, detail);
    case CURLE_COULDNT_CONNECT:
        return delivery(Kind::Temporary, Stage::Connect, conversation, 0, detail);
    case CURLE_USE_SSL_FAILED:
        // The server did not offer STARTTLS: its settings or ours are wrong, waiting will not help;
        // unless it said to try later (454).
        return delivery(
            reply >= 400 && reply < 500 ? Kind::Temporary : Kind::Permanent, Stage::Tls, conversation, reply, detail);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
        // Often a network in the way (a hotel's sign-in page answering for every address), so the
        // outbox tries again later; the reason stays visible meanwhile.
        return delivery(Kind::Temporary, Stage::Tls, conversation, reply, detail);
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_SSL_CACERT_BADFILE:
        // The account's settings cannot work (a server name with a port in it, a missing CA file).
        return delivery(Kind::Permanent, Stage::Local, conversation, 0, detail);
    case CURLE_LOGIN_DENIED: {
        // libcurl reports every refused AUTH so; "454 4.7.0 Too many login attempts" is temporary.
        const Kind kind = reply >= 400 && reply < 500 ? Kind::Temporary : Kind::Permanent;
        MailDelivery refused = delivery(kind, Stage::SignIn, conversation, reply, detail);
        // A refused token comes back as a challenge with the reason in base64 JSON
        // ({"status":"401",…}, specs/PROVIDERS.md §7.4), which libcurl does not answer; decoded it says why.
        if (conversation.reply.startsWith("334 ")) {
            const auto decoded = QByteArray::fromBase64Encoding(
                conversation.reply.mid(4).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded) {
                refused.reply = QStringLiteral("334 ") + QString::fromUtf8(decoded.decoded).trimmed();
            }
        }
        return refused;
    }
    default:
        break;
    }
    if (reply >= 400 && reply < 600) {
        // The server refused a step. After the whole message it refused the message itself.
        const Stage stage =
            conversation.allSent && conversation.stage == Stage::Data ? Stage::Answer : conversation.stage;
        return delivery(reply < 500 ? Kind::Temporary : Kind::Permanent, stage, conversation, reply, detail);
    }
    // The connection broke or went silent without a refusal. Before the end of the message the
    // server throws away what it got (RFC 5321 §4.1.1.4), so trying again sends it once. After the
    // end it may have taken the message: trying again could deliver it twice.
    if (conversation.allSent) {
        return delivery(Kind::Uncertain, Stage::Answer, conversation, reply, detail);
    }
    return delivery(Kind::Temporary, conversation.stage, conversation, reply, detail);
}

QByteArray smtpUrl(const SmtpAccount& account)
{
    QString host = account.host.trimmed();
    if (host.contains(u':')) {
        host = u'[' + host + u']';
    }
    const QString scheme =
        account.security == SmtpAccount::Security::ImplicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(account.port).toUtf8();
}

} // namespace

MailDelivery sendBySmtp(
    const SmtpAccount& account, const QByteArray& secret, const MailEnvelope& envelope, const QByteArray& mime)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    Conversation conversation;
    conversation.mime = &mime;
    const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) {
        return delivery(Kind::Temporary, Stage::Local, conversation, 0, QStringLiteral("curl_easy_init failed"));
    }
    curl_slist* rawRecipients = nullptr;
    for (const QString& to : envelope.to) {
        const QByteArray recipient = '<' + to.toUtf8() + '>';
        rawRecipients = curl_slist_append(rawRecipients, recipient.constData());
    }
    const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(rawRecipients, &curl_slist_free_all);

    CURL* handle = curl.get();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = smtpUrl(account);
    const QByteArray from = '<' + envelope.from.toUtf8() + '>';
    const QByteArray username = account.username.toUtf8();
    const QByteArray caFile = account.caFile.toUtf8();
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, &readMime);
    curl_easy_setopt(handle, CURLOPT_READDATA, &conversation);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(mime.size()));
    if (account.security == SmtpAccount::Security::StartTls) {
        curl_easy_setopt(handle, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    }
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(handle, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    if (!caFile.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
    }
    curl_easy_setopt(handle, CURLOPT_USERNAME, username.constData());
    if (account.signIn == SmtpAccount::SignIn::OAuth2) {
        curl_easy_setopt(handle, CURLOPT_XOAUTH2_BEARER, secret.constData());
        // Only the bearer mechanisms: libcurl would otherwise fall back to PLAIN with no password.
        // It prefers OAUTHBEARER (RFC 7628) when offered, as Gmail does, else XOAUTH2.
        curl_easy_setopt(handle, CURLOPT_LOGIN_OPTIONS, "AUTH=OAUTHBEARER;AUTH=XOAUTH2");
    } else {
        curl_easy_setopt(handle, CURLOPT_PASSWORD, secret.constData());
    }
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(account.connectTimeout.count()));
    const long replySeconds = std::max<long>(1, static_cast<long>(account.replyTimeout.count() / 1000));
    curl_easy_setopt(handle, CURLOPT_SERVER_RESPONSE_TIMEOUT, replySeconds);
    // A large attachment may take long on a slow line; what ends the attempt is a stall.
    curl_easy_setopt(handle, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(handle, CURLOPT_LOW_SPEED_TIME, replySeconds);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_FORBID_REUSE, 1L);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    // The debug callback only runs in verbose mode; it prints nothing, it follows the stages.
    curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, &followConversation);
    curl_easy_setopt(handle, CURLOPT_DEBUGDATA, &conversation);

    const CURLcode code = curl_easy_perform(handle);
    long replyCode = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &replyCode);
    return classify(code, replyCode, conversation, errorBuffer);
}

} // namespace clientele
