#include "report_export.h"

#include "remedy_text.h"

#include "model/setup_session.h"
#include "setup/report.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace stitch::wizard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stitch::wizard", text);
}

Error writeError(const QString &path, const QString &detail)
{
    return makeError(
        ErrorCode::LocalIoError,
        tr("The report could not be written to %1.").arg(QDir::toNativeSeparators(path)),
        tr("Choose a folder you can write to, and check the free space."), detail);
}

// The wizard's reports word fixes as the wizard does.
QString wizardFix(const Finding &finding)
{
    return fixText(finding);
}

QString markdownOf(const SetupSession &session,
                   setup::MarkdownFlavour flavour = setup::MarkdownFlavour::Folded)
{
    return setup::reportMarkdown(session.report(), wizardFix, flavour);
}

void buildDocument(QTextDocument &document, const SetupSession &session)
{
    document.setMarkdown(markdownOf(session, setup::MarkdownFlavour::Plain));
    document.setMetaInformation(QTextDocument::DocumentTitle, tr("Stitch SSH tunnel report"));
}

Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return writeError(path, file.errorString());
    return {};
}

Status writePdf(const QString &path, const SetupSession &session)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Stitch SSH tunnel report"));
        writer.setCreator(QCoreApplication::applicationName());
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        QTextDocument document;
        buildDocument(document, session);
        document.print(&writer);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace

Status exportReport(const SetupSession &session, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json")) {
        const setup::OperationReport report = session.report();
        QJsonObject json = setup::reportJson(report, wizardFix);
        // Like the other formats: which version made it, where and when, and the last error.
        json.insert(QStringLiteral("made_by"), setup::reportOrigin());
        if (!report.ok()) {
            json.insert(QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), errorCodeName(report.error().code)},
                                    {QStringLiteral("message"), report.error().message},
                                    {QStringLiteral("fix"), fixText(report.error())}});
        }
        return writeBytes(path, QJsonDocument(json).toJson(QJsonDocument::Indented));
    }
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return writeBytes(path, markdownOf(session).toUtf8());
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        QTextDocument document;
        buildDocument(document, session);
        return writeBytes(path, document.toHtml().toUtf8());
    }
    if (suffix == QLatin1String("pdf"))
        return writePdf(path, session);
    return makeError(ErrorCode::InvalidInput, tr("Unknown report format \"%1\".").arg(suffix),
                     tr("Save the report as .html, .pdf, .md or .json."));
}

} // namespace stitch::wizard
