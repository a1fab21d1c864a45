#pragma once

#include "core/Result.h"
#include "core/domain/Service.h"

namespace clientele {

class WriteScope;

// Services in the store. Price and deposit are field groups (amount with its currency).
namespace ServiceRows {

Result<void> insert(WriteScope& scope, const domain::Service& service);

} // namespace ServiceRows

} // namespace clientele
