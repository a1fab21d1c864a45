# Contracts: drafting from a template, editing a draft, marking it sent (see ../CMakeLists.txt); sources
# relative to ui/. The templates themselves are edited in Settings (settings/ContractTemplatesEditor).
target_sources(clientele_ui PRIVATE
    contracts/ContractActions.h contracts/ContractActions.cpp
    contracts/ContractBodyDialog.h contracts/ContractBodyDialog.cpp
    contracts/NewContractDialog.h contracts/NewContractDialog.cpp
)
