#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcApp, "cl.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "cl.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "cl.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "cl.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "cl.adapter.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRelay, "cl.relay", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRelayHttp, "cl.relay.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFeed, "cl.feed", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "cl.sync", QtInfoMsg)

QString clientele::logMessagePattern()
{
    return QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
                          "%{if-warning}warning%{endif}%{if-critical}critical%{endif}%{if-fatal}fatal%{endif}"
                          " %{category}: %{message}");
}
