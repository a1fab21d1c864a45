#pragma once

#include <QLoggingCategory>
#include <QString>

namespace clientele {
// The log line format of every executable: ISO time, level, category, message.
QString logMessagePattern();
} // namespace clientele

// One logging category per module (STYLE.md §5). Names are dotted and start with "cl.";
// QT_LOGGING_RULES or the settings file choose what is shown. The default level is info.
// Never log secrets, tokens, card data, or client personal or health details: log record ids.
Q_DECLARE_LOGGING_CATEGORY(lcApp) // cl.app: start-up, wiring, single instance
Q_DECLARE_LOGGING_CATEGORY(lcCli) // cl.cli
Q_DECLARE_LOGGING_CATEGORY(lcUi) // cl.ui
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // cl.storage
Q_DECLARE_LOGGING_CATEGORY(lcCrypto) // cl.adapter.crypto
Q_DECLARE_LOGGING_CATEGORY(lcRelay) // cl.relay
Q_DECLARE_LOGGING_CATEGORY(lcRelayHttp) // cl.relay.http
Q_DECLARE_LOGGING_CATEGORY(lcFeed) // cl.feed: the desktop publishing the calendar feed
Q_DECLARE_LOGGING_CATEGORY(lcSync) // cl.sync: the practice's changes to and from the other devices
