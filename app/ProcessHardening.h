#pragma once

namespace clientele {

// Called first thing in main(): no core dumps (they would hold the database key and decrypted client
// data) and, in release builds, no ptrace or /proc/<pid>/mem access by other processes of the user.
void hardenProcess();

} // namespace clientele
