#pragma once

#include <QtGlobal>

#include <span>

// The raw rows of the cipher suite registry (CipherSuiteTable.cpp). CipherSuiteCatalog derives
// every attribute from the IANA name, so a row is just what the registry itself says.
struct CipherSuiteRow
{
    quint16 id;
    const char *ianaName;
    const char *opensslName; // "" when OpenSSL never implemented the suite
};

struct Ssl2CipherRow
{
    quint32 code;
    const char *name;
    const char *opensslName;
    int bits;
    bool isExport;
};

std::span<const CipherSuiteRow> cipherSuiteRows();
std::span<const Ssl2CipherRow> ssl2CipherRows();
