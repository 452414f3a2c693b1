// CommandLine: option parsing, exit codes and the table/JSON printers shared by every nexus-admin command.
#include "commandline.h"

#include <QJsonDocument>

#include <cstdio>

namespace nexus::admin {

QCommandLineOption valueOption(const char *name, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
}

QCommandLineOption flagOption(const char *name)
{
    return QCommandLineOption(QString::fromLatin1(name));
}

CommandLine::CommandLine(QString command, QString usage)
    : m_command(std::move(command)),
      m_usage(std::move(usage)),
      m_ownOut(std::make_unique<QTextStream>(stdout)),
      m_ownErr(std::make_unique<QTextStream>(stderr)),
      m_out(m_ownOut.get()),
      m_err(m_ownErr.get())
{
    addOptions({ m_jsonOption, m_helpOption });
}

CommandLine::CommandLine(QString command, QString usage, QTextStream &out, QTextStream &err)
    : m_command(std::move(command)), m_usage(std::move(usage)), m_out(&out), m_err(&err)
{
    addOptions({ m_jsonOption, m_helpOption });
}

CommandLine::~CommandLine()
{
    m_out->flush();
    m_err->flush();
}

void CommandLine::addOptions(const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options) {
        if (m_names.contains(option.names().constFirst()))
            continue;
        for (const QString &name : option.names())
            m_names.insert(name);
        m_parser.addOption(option);
    }
}

std::optional<int> CommandLine::parse(const QStringList &args, int maxPositional)
{
    if (!m_parser.parse(QStringList { QStringLiteral("nexus-admin") } + args))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_helpOption)) {
        *m_out << m_usage;
        m_out->flush();
        return 0;
    }
    if (m_parser.positionalArguments().size() > maxPositional)
        return usageError(QStringLiteral("unexpected \"%1\"")
                              .arg(m_parser.positionalArguments().mid(maxPositional).join(QLatin1Char(' '))));
    m_json = m_parser.isSet(m_jsonOption);
    return std::nullopt;
}

std::optional<int> CommandLine::require(std::initializer_list<const QCommandLineOption *> options)
{
    for (const QCommandLineOption *option : options)
        if (m_parser.value(*option).trimmed().isEmpty())
            return usageError(QStringLiteral("--%1 is required").arg(option->names().constFirst()));
    return std::nullopt;
}

int CommandLine::usageError(const QString &message)
{
    *m_err << "nexus-admin " << m_command << ": " << message << "\n" << m_usage;
    m_err->flush();
    return kExitBadInput;
}

int CommandLine::fail(const Error &error, const QString &tail)
{
    *m_err << "nexus-admin " << m_command << ": ";
    if (!error.field().isEmpty())
        *m_err << "--" << error.field() << ": ";
    *m_err << error.message() << tail << "\n";
    m_err->flush();
    return !error.field().isEmpty() || error.code() == ErrorCode::InvalidInput ? kExitBadInput : kExitFailure;
}

int CommandLine::failure(const QString &message)
{
    *m_err << "nexus-admin " << m_command << ": " << message << "\n";
    m_err->flush();
    return kExitFailure;
}

void CommandLine::printJson(const QJsonObject &object)
{
    *m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << "\n";
    m_out->flush();
}

void CommandLine::printJson(const QJsonArray &array)
{
    *m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << "\n";
    m_out->flush();
}

void CommandLine::printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &cell : header)
        widths.append(cell.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    const auto line = [this, &widths](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i) + 2) : cells.at(i);
        *m_out << text << "\n";
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    if (rows.isEmpty())
        *m_out << "(none)\n";
    m_out->flush();
}

void CommandLine::printFields(const QList<std::pair<QString, QString>> &fields)
{
    qsizetype width = 0;
    for (const auto &[key, value] : fields)
        width = std::max(width, key.size());
    for (const auto &[key, value] : fields)
        *m_out << key.leftJustified(width + 2) << value << "\n";
    m_out->flush();
}

QString CommandLine::money(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString CommandLine::quantity(qint64 thousandths)
{
    const qint64 magnitude = thousandths < 0 ? -thousandths : thousandths;
    QString text = QString::number(magnitude / 1000);
    if (magnitude % 1000 != 0) {
        QString fraction = QStringLiteral("%1").arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        text += u'.' + fraction;
    }
    return thousandths < 0 ? u'-' + text : text;
}

} // namespace nexus::admin
