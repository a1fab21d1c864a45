#pragma once

namespace clientele {

// A visitor made of lambdas, one per alternative of a std::variant:
//   std::visit(Overloaded {[](const A&) {…}, [](const B&) {…}}, value);
template<typename... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// Spelled out: clang 14 (clang-tidy here) does not deduce aggregate templates by itself.
template<typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace clientele
