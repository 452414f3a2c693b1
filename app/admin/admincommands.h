// The subcommands of nexus-admin; each group lives in its own file and returns a process exit code.
#pragma once

#include <QStringList>

namespace nexus::admin {

// args: the words after the subcommand name. Print results to stdout, errors to stderr.
int runDemoData(const QStringList &args);   // demodatacommand.cpp
int runTenant(const QStringList &args);     // tenantcommand.cpp
int runEnrollCode(const QStringList &args); // enrollcodecommand.cpp
int runSnapshot(const QStringList &args);   // snapshotcommand.cpp

} // namespace nexus::admin
