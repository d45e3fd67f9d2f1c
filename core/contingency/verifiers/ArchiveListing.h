#pragma once

#include <QString>

// What reading an archive from its first entry to its last found (libarchive does the reading):
// whether it is whole, cut short, damaged in the middle, or not an archive at all.
struct ArchiveListing
{
    enum class State
    {
        Whole, // every entry read to its end
        Partial, // the byte limit was reached first; what was read is whole
        Truncated, // the file ends before its last entry does
        Damaged, // something in the middle cannot be read
        NotArchive, // the contents are not an archive (or compressed file) libarchive knows
        Unreadable, // the file cannot be opened
    };

    State state = State::Unreadable;
    int files = 0; // entries read to their end
    qint64 bytesRead = 0; // of the file itself (compressed)
    QString format; // libarchive's name for it ("GNU tar format", "ZIP 2.0 (deflation)", "raw")
    QString compression; // "gzip", "bzip2", ...; empty when none
    QString error; // libarchive's own (English, technical) words; empty when whole
    bool singleStream = false; // one compressed file (.gz, .bz2, ...), not an archive of files

    // Whether a file's name says it is an archive or a compressed file this listing can read.
    static bool claimsArchive(const QString &fileName);
    // Reads the archive at `path` entry by entry, data included (so that a cut or damaged
    // compressed stream shows), stopping once more than `maxBytes` of the file have been read.
    static ArchiveListing read(const QString &path, qint64 maxBytes);
};
