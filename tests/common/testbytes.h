// Test bytes: reproducible file contents for the tests that upload, move and download files and
// compare them byte for byte; the same seed gives the same bytes on every run and machine.
#pragma once

#include <QByteArray>

namespace fbtest {

// n bytes from a linear congruential generator started at seed (the high byte of each step).
inline QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QByteArray b(n, Qt::Uninitialized);
    quint32 x = seed;
    for (qsizetype i = 0; i < n; ++i) {
        x = x * 1664525u + 1013904223u;
        b[i] = char(x >> 24);
    }
    return b;
}

} // namespace fbtest
