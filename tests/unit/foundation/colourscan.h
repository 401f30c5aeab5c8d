// The colour-literal scanner of tst_themecolors (kept out of the test's source, whose raw
// strings moc would have to read).
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <utility>

namespace colourscan {

// What counts as a colour literal, one expression a kind.
inline const QList<QRegularExpression> &patterns()
{
    static const QList<QRegularExpression> list{
        // QColor(0x1b, ...), QColor(27, ...), QColor("red"), QColor(u"#fff"_s)
        QRegularExpression(
            QStringLiteral(R"(\bQColor\s*[({]\s*(0x|\d|"|'|u"|QStringLiteral|QLatin1String))")),
        // const QColor tint(0xc8, 0xe6, 0xc9);
        QRegularExpression(QStringLiteral(R"(\bQColor\s+\w+\s*[({]\s*(0x|\d|"))")),
        QRegularExpression(
            QStringLiteral(R"(\bQColor::from\w+\s*\(\s*(0x|\d|"|'|QStringLiteral|QLatin1String))")),
        QRegularExpression(QStringLiteral(R"(\bqRgba?\s*\()")),
        // "#b71c1c", 'color:#fff', "color: #c0392b" (three, six or eight hex digits)
        QRegularExpression(
            QStringLiteral(R"(["':=(,]\s*#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\b)")),
        QRegularExpression(QStringLiteral(R"(\brgba?\s*\(\s*\d)")),
        QRegularExpression(QStringLiteral(
            R"(\bQt::(white|black|red|green|blue|cyan|magenta|yellow|gray|darkGray|lightGray|)"
            R"(darkRed|darkGreen|darkBlue|darkCyan|darkMagenta|darkYellow)\b)")),
        QRegularExpression(QStringLiteral(R"(\bQColorConstants::)")),
        // color: red; background: white; background-color:navy (style sheets, rich text)
        QRegularExpression(
            QStringLiteral(R"((?<![\w-])(color|background|background-color|border-color)\s*:\s*)"
                           R"((?!palette\()[a-zA-Z]+\b)"),
            QRegularExpression::CaseInsensitiveOption),
    };
    return list;
}

// The code of a line, without its // comment (a comment may talk about colours).
inline QString codeOf(const QString &line)
{
    bool inString = false;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        if (line[i] == QLatin1Char('"') && (i == 0 || line[i - 1] != QLatin1Char('\\')))
            inString = !inString;
        if (!inString && line[i] == QLatin1Char('/') && line[i + 1] == QLatin1Char('/'))
            return line.left(i);
    }
    return line;
}

inline bool hasColourLiteral(const QString &line)
{
    const QString code = codeOf(line);
    if (code.trimmed().startsWith(QLatin1Char('*')) ||
        code.trimmed().startsWith(QLatin1String("#include")))
        return false;
    for (const QRegularExpression &re : patterns())
        if (re.match(code).hasMatch())
            return true;
    return false;
}

// Lines the scanner must judge right: literals it flags, theme calls it lets through.
inline const QList<std::pair<const char *, bool>> &sampleLines()
{
    static const QList<std::pair<const char *, bool>> rows{

        {R"(    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));)", true},
        {R"(    l->setStyleSheet(QStringLiteral("color:#b71c1c"));)", true},
        {R"(        return QColor(0xb0, 0x6a, 0x2c);)", true},
        {R"(    QColor c(0x9a, 0x9e, 0xa6);)", true},
        {R"(    const QColor bestBg(0xc8, 0xe6, 0xc9);)", true},
        {R"(    painter->setPen(Qt::white);)", true},
        {R"(    bp.setColor(QPalette::WindowText, Qt::darkGray);)", true},
        {R"(    h += QStringLiteral("<p style='background:#b71c1c;color:white'>");)", true},
        {R"(    w->setStyleSheet("QLabel { color: red }");)", true},
        {R"(    auto c = QColor("steelblue");)", true},
        {R"(    auto c = QColor::fromRgb(10, 20, 30);)", true},
        {R"x(    css += "background: rgba(0, 0, 0, 40)";)x", true},
        {R"(    return QBrush(Theme::color(ThemeColor::Danger));)", false},
        {R"(    Theme::setTextColor(m_error, ThemeColor::Danger);)", false},
        {R"(    QColor tint = sp.color(QPalette::Highlight);)", false},
        {R"(    .arg(Theme::colorName(ThemeColor::PanelText));)", false},
        {R"(    const QString css = QStringLiteral("QToolButton { background: %1; color: %2; }");)",
         false},
        {R"(    setTitle(tr("Offer #12 of the provider"));)", false},
        {R"(    p.fillRect(r, Qt::transparent); // not Qt::white)", false},
    };
    return rows;
}

} // namespace colourscan
