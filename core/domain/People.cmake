# People sources of core/domain (see CMakeLists.txt).
target_sources(clientele_core PRIVATE
    ContactChannel.h
    Sha256Hex.h Sha256Hex.cpp
    PhoneNumber.h PhoneNumber.cpp
    EmailAddress.h EmailAddress.cpp
    PostalAddress.h PostalAddress.cpp
    Consent.h
    ClinicalCodes.h ClinicalCodes.cpp
    PipelineStage.h PipelineStage.cpp
    Client.h Client.cpp
    ContractTemplate.h ContractTemplate.cpp
    MergeText.h MergeText.cpp
    Contract.h Contract.cpp
    DeliverablePath.h DeliverablePath.cpp
    Deliverable.h Deliverable.cpp
    ShareLinkSettings.h
    DeliverableSet.h DeliverableSet.cpp
    QuestionnaireQuestion.h
    QuestionnaireTemplate.h QuestionnaireTemplate.cpp
    QuestionnaireAnswers.h QuestionnaireAnswers.cpp
    SmsSegments.h SmsSegments.cpp
    Message.h Message.cpp
)
