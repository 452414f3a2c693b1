// The subcommands of nexus-admin; each group lives in its own file and returns a process exit code.
#pragma once

#include <QStringList>

namespace nexus::admin {

// args: the words after the subcommand name. Print results to stdout, errors to stderr.
int runDemoData(const QStringList &args); // demodatacommand.cpp
int runDemoHistory(const QStringList &args); // demohistorycommand.cpp
int runTenant(const QStringList &args); // tenantcommand.cpp
int runEnrollCode(const QStringList &args); // enrollcodecommand.cpp
int runSnapshot(const QStringList &args); // snapshotcommand.cpp
int runAdminKey(const QStringList &args); // adminkeycommand.cpp (local, or remote with the operator's key)
int runOperatorKey(const QStringList &args); // operatorkeycommand.cpp (local only: the server's data folder)
int runCatalog(const QStringList &args); // catalogcommand.cpp (CSV import into catalog.db, local or remote)
int runBackup(const QStringList &args); // backupcommand.cpp (local: SQLite files, or PostgreSQL with pg_dump)
int runRestore(const QStringList &args); // backupcommand.cpp
int runRfc(const QStringList &args); // rfccommand.cpp (local: no server needed)
int runCfdi(const QStringList &args); // cfdicommand.cpp (build, local: one CFDI 4.0 sealed with a CSD; list, remote)
int runVin(const QStringList &args); // vincommand.cpp (local: the vPIC database)
int runPlate(const QStringList &args); // platecommand.cpp (local)
// Remote: --server URL [--ca PEM] [--key-file F | NEXUS_ADMIN_KEY | --operator-key-file F --tenant SLUG] [--json];
// exit 2 bad input, 3 key refused. Every command's options are read by CommandLine (commandline.h).
int runExceptions(const QStringList &args); // exceptionscommand.cpp
int runPrice(const QStringList &args); // pricecommand.cpp
int runReport(const QStringList &args); // reportcommand.cpp
int runCfdiList(const QStringList &args); // cfdilistcommand.cpp: cfdi list (the CFDIs the counters reported)
int runDevices(const QStringList &args); // listcommand.cpp
int runUsers(const QStringList &args); // listcommand.cpp (list), usercommand.cpp (the rest)
int runUserChange(const QStringList &args); // usercommand.cpp: add | activate | deactivate
int runBranches(const QStringList &args); // branchcommand.cpp
int runWhatsApp(const QStringList &args); // whatsappcommand.cpp
int runWarehouses(const QStringList &args); // branchcommand.cpp

} // namespace nexus::admin
