# Email (issue 9). Included from core/CMakeLists.txt once clientele_core, clientele_adapters and
# clientele_fakes exist; paths are relative to core/.
# clientele_mail: the emails the app sends (core/email) and messages as MIME, written by GMime (Debian
# libgmime-3.0-dev); only MimeWriter.cpp includes GMime.
pkg_check_modules(GMIME REQUIRED IMPORTED_TARGET gmime-3.0)
add_library(clientele_mail STATIC
    mail/MailMessage.h
    mail/MimeWriter.h mail/MimeWriter.cpp
    mail/SmtpAccount.h
    mail/MailDeliveryText.h mail/MailDeliveryText.cpp
    # Every email the app sends to a client: its kinds and payloads, templates, merge values, HTML and
    # the composer that puts them together.
    email/EmailAccount.h email/EmailAccount.cpp
    email/EmailComposer.h email/EmailComposer.cpp
    email/EmailHtml.h email/EmailHtml.cpp
    email/EmailKind.h email/EmailKind.cpp
    email/EmailMergeValues.h email/EmailMergeValues.cpp
    email/EmailPayload.h email/EmailPayload.cpp
    email/EmailTemplate.h email/EmailTemplate.cpp
)
target_link_libraries(clientele_mail PUBLIC clientele_core PRIVATE PkgConfig::GMIME)
# The store's email outbox says what went wrong in the words of MailDeliveryText.
target_link_libraries(clientele_store PUBLIC clientele_mail)
# The port goes to core; SMTP through libcurl and the .eml folder to the adapters.
target_sources(clientele_core PRIVATE ports/MailTransport.h)
target_sources(clientele_adapters PRIVATE
    adapters/mail/FileSinkTransport.h adapters/mail/FileSinkTransport.cpp
    adapters/mail/SmtpSession.h adapters/mail/SmtpSession.cpp
    adapters/mail/SmtpTransport.h adapters/mail/SmtpTransport.cpp
)
