// The document web view offscreen: a local page's script does not run (JavaScript is off), and
// a main-frame navigation to another host goes through the confirm callback, which can refuse it.
#include "ui/web/documentview.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

using fb::web::DocumentPage;

namespace {

// The document's readyState, read in the application's script world (which runs even with the
// page's JavaScript off): completes only once the renderer processed everything before it.
QString rendererRoundTrip(QWebEnginePage *page)
{
    std::optional<QString> out;
    page->runJavaScript(QStringLiteral("document.readyState"), QWebEngineScript::ApplicationWorld,
                        [&out](const QVariant &v) { out = v.toString(); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
        return QStringLiteral("no answer");
    return *out;
}

} // namespace

class tst_DocumentView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scriptsDoNotRun();
    void otherHostNeedsConsent();
    void decisionRules();

private:
    QTemporaryDir m_dir;
    QUrl m_url;
};

void tst_DocumentView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile f(m_dir.filePath(QStringLiteral("doc.html")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<html><head><title>Original</title></head><body>"
            "<h1>ISO 27001 certificate</h1>"
            "<script>document.title = 'Changed by script';</script>"
            "<a id='away' href='https://elsewhere.example/'>elsewhere</a>"
            "</body></html>");
    f.close();
    m_url = QUrl::fromLocalFile(f.fileName());
}

void tst_DocumentView::scriptsDoNotRun()
{
    std::unique_ptr<QWidget> w(fb::web::createDocumentView(m_url, nullptr));
    auto *view = qobject_cast<QWebEngineView *>(w.get());
    QVERIFY(view);
    auto *page = qobject_cast<DocumentPage *>(view->page());
    QVERIFY(page);
    QVERIFY(!page->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    view->resize(640, 480);
    view->show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 30000);
    QVERIFY(loaded.last().first().toBool());
    QTRY_COMPARE(page->title(), QStringLiteral("Original"));
    // A round trip to the renderer after the load: the document is complete, so its inline
    // script would have run by now (and it did not, the title is unchanged).
    QCOMPARE(rendererRoundTrip(page), QStringLiteral("complete"));
    QCOMPARE(page->title(), QStringLiteral("Original"));
    // Control: with JavaScript on, the same page does change its title.
    page->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
    page->triggerAction(QWebEnginePage::Reload);
    QTRY_COMPARE_WITH_TIMEOUT(page->title(), QStringLiteral("Changed by script"), 30000);
}

void tst_DocumentView::otherHostNeedsConsent()
{
    std::unique_ptr<QWidget> w(fb::web::createDocumentView(m_url, nullptr));
    auto *view = qobject_cast<QWebEngineView *>(w.get());
    auto *page = qobject_cast<DocumentPage *>(view->page());
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 30000);
    QList<QUrl> asked;
    page->setConfirm([&asked](const QUrl &target) {
        asked << target;
        return false;
    });
    page->load(QUrl(QStringLiteral("https://elsewhere.example/")));
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
    QCOMPARE(asked.first(), QUrl(QStringLiteral("https://elsewhere.example/")));
    QCOMPARE(page->refusedCount(), 1);
    // The renderer answered after the refusal: the page is still the original document.
    QCOMPARE(rendererRoundTrip(page), QStringLiteral("complete"));
    QCOMPARE(page->url(), m_url);
}

void tst_DocumentView::decisionRules()
{
    DocumentPage page(QUrl(QStringLiteral("https://docs.provider.example/iso.html")));
    int asked = 0;
    bool answer = false;
    page.setConfirm([&](const QUrl &) {
        ++asked;
        return answer;
    });
    using N = QWebEnginePage::NavigationType;
    QVERIFY(page.decide(QUrl(QStringLiteral("https://docs.provider.example/soc2.html")),
                        N::NavigationTypeLinkClicked, true));
    QVERIFY(page.decide(QUrl(QStringLiteral("https://DOCS.provider.example/x")),
                        N::NavigationTypeLinkClicked, true));
    QCOMPARE(asked, 0);
    QVERIFY(!page.decide(QUrl(QStringLiteral("https://evil.example/")),
                         N::NavigationTypeLinkClicked, true));
    QVERIFY(!page.decide(QUrl(QStringLiteral("http://docs.provider.example/")),
                         N::NavigationTypeLinkClicked, true));
    QVERIFY(!page.decide(QUrl(QStringLiteral("https://docs.provider.example:8443/")),
                         N::NavigationTypeTyped, true));
    QCOMPARE(asked, 3);
    answer = true;
    QVERIFY(page.decide(QUrl(QStringLiteral("https://other.example/")),
                        N::NavigationTypeLinkClicked, true));
    QCOMPARE(asked, 4);
    QCOMPARE(page.refusedCount(), 3);
    QVERIFY(page.decide(QUrl(QStringLiteral("https://ads.example/frame")), N::NavigationTypeOther,
                        false));
}

QTEST_MAIN(tst_DocumentView)
#include "tst_documentview.moc"
