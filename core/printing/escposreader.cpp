// readEscPos: a small ESC/POS interpreter for the commands EscPosEncoder emits (and the usual ones around them).
#include "printing/escposreader.h"

#include "printing/codepage850.h"

namespace nexus {

namespace {

class Reader final
{
public:
    Reader(const QByteArray &bytes, int columns) : m_bytes(bytes), m_columns(columns) { }

    Result<EscPosPage> run()
    {
        while (m_pos < m_bytes.size()) {
            const auto c = static_cast<unsigned char>(m_bytes.at(m_pos++));
            bool ok = true;
            if (c == 0x0A)
                flush(true);
            else if (c == 0x1B)
                ok = escape();
            else if (c == 0x1D)
                ok = groupSeparator();
            else if (c >= 0x20)
                m_line.append(static_cast<char>(c));
            else
                ok = false;
            if (!ok)
                return fail(ErrorCode::InvalidInput, NX_ERR("Unknown or truncated printer command at byte %1."),
                    { QString::number(m_pos - 1) }, QStringLiteral("bytes"));
        }
        flush(false);
        return m_page;
    }

private:
    bool take(qsizetype count, QByteArray &out)
    {
        if (count < 0 || m_pos + count > m_bytes.size())
            return false;
        out = m_bytes.mid(m_pos, count);
        m_pos += count;
        return true;
    }
    bool arg(int &value)
    {
        QByteArray one;
        if (!take(1, one))
            return false;
        value = static_cast<unsigned char>(one.at(0));
        return true;
    }

    void emitLine(const QString &text)
    {
        const int width = m_large ? m_columns / 2 : m_columns;
        const qsizetype pad = width - text.size();
        if (pad <= 0 || m_align == 0)
            m_page.lines << text;
        else if (m_align == 2)
            m_page.lines << QString(pad, QLatin1Char(' ')) + text;
        else
            m_page.lines << QString(pad / 2, QLatin1Char(' ')) + text;
    }
    // A line feed prints the buffer (an empty one as an aligned blank line); the end of the job prints what is left.
    void flush(bool lineFeed)
    {
        if (!lineFeed && m_line.isEmpty())
            return;
        emitLine(fromCodePage850(m_line));
        m_line.clear();
    }

    bool escape()
    {
        int command = 0;
        if (!arg(command))
            return false;
        int n = 0;
        switch (command) {
        case '@':
            m_page.initialized = true;
            m_align = 0;
            m_large = false;
            return true;
        case 't':
            return arg(m_page.codePage);
        case 'a':
            if (!arg(n))
                return false;
            m_align = n % 48; // 0/1/2 or '0'/'1'/'2'
            return true;
        case 'E':
            return arg(n);
        case 'd': {
            if (!arg(n))
                return false;
            // Prints the buffer, then feeds: with nothing buffered, `n` blank lines.
            for (int i = 0; i < n; ++i) {
                if (m_line.isEmpty())
                    m_page.lines << QString();
                else
                    flush(true);
            }
            return true;
        }
        case 'p': {
            QByteArray pulse;
            if (!take(3, pulse))
                return false;
            ++m_page.drawerKicks;
            return true;
        }
        default:
            return false;
        }
    }

    bool groupSeparator()
    {
        int command = 0;
        if (!arg(command))
            return false;
        int n = 0;
        switch (command) {
        case '!':
            if (!arg(n))
                return false;
            m_large = (n & 0x11) == 0x11;
            return true;
        case 'H':
            return arg(m_hri);
        case 'f':
        case 'h':
        case 'w':
            return arg(n);
        case 'k':
            return barcode();
        case '(':
            return function();
        case 'v':
            return rasterImage();
        case 'V': {
            int mode = 0;
            if (!arg(mode))
                return false;
            if (mode >= 65 && !arg(n))
                return false;
            flush(false);
            ++m_page.cuts;
            return true;
        }
        default:
            return false;
        }
    }

    bool barcode()
    {
        int system = 0;
        int length = 0;
        QByteArray data;
        if (!arg(system) || system != 73 || !arg(length) || !take(length, data) || length < 2 || data.at(0) != '{')
            return false;
        const QByteArray payload = data.mid(2);
        m_page.code128 << payload;
        if (m_hri == 2 || m_hri == 50) // text below the bars reads as a line
            emitLine(QString::fromLatin1(payload));
        return true;
    }

    bool function()
    {
        int function = 0;
        int low = 0;
        int high = 0;
        QByteArray body;
        if (!arg(function) || function != 'k' || !arg(low) || !arg(high) || !take(low + 256 * high, body)
            || body.size() < 2)
            return false;
        if (body.at(0) != 49) // cn 49: QR code; nothing else is expected here
            return false;
        if (body.at(1) == 80)
            m_storedQr = body.mid(3);
        else if (body.at(1) == 81)
            m_page.qrCodes << m_storedQr;
        return true;
    }

    bool rasterImage()
    {
        QByteArray header;
        if (!take(6, header) || header.at(0) != '0')
            return false;
        const int widthBytes
            = static_cast<unsigned char>(header.at(2)) + 256 * static_cast<unsigned char>(header.at(3));
        const int rows = static_cast<unsigned char>(header.at(4)) + 256 * static_cast<unsigned char>(header.at(5));
        QByteArray data;
        if (!take(qsizetype(widthBytes) * rows, data))
            return false;
        m_page.rasters << EscPosRaster { widthBytes, rows };
        return true;
    }

    const QByteArray &m_bytes;
    const int m_columns;
    qsizetype m_pos = 0;
    EscPosPage m_page;
    QByteArray m_line;
    QByteArray m_storedQr;
    int m_align = 0;
    int m_hri = 0;
    bool m_large = false;
};

} // namespace

Result<EscPosPage> readEscPos(const QByteArray &bytes, int columns)
{
    return Reader(bytes, columns).run();
}

} // namespace nexus
