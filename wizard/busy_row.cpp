#include "busy_row.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace stitch::wizard {

BusyRow::BusyRow(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("busyRow"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_indicator = new QProgressBar(this);
    m_indicator->setObjectName(QStringLiteral("busyIndicator"));
    m_indicator->setAccessibleName(tr("Working"));
    m_indicator->setRange(0, 0);
    m_indicator->setTextVisible(false);
    m_indicator->setMaximumWidth(160);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("busyLabel"));
    m_label->setAccessibleName(tr("Progress"));
    m_label->setWordWrap(true);
    // The outcome stays here (a connect error): it can be selected and copied for support.
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the running operation"));
    layout->addWidget(m_indicator);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &BusyRow::onCancel);
    setBusy(false);
}

void BusyRow::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_indicator->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_cancel->setEnabled(true);
        m_cancelAsked = false;
        if (!text.isEmpty())
            m_label->setText(text);
        else if (m_label->text().isEmpty())
            m_label->setText(tr("Working…"));
    }
}

void BusyRow::setText(const QString &text)
{
    m_label->setText(text);
}

QString BusyRow::text() const
{
    return m_label->text();
}

void BusyRow::onCancel()
{
    if (m_cancelAsked) {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
    } else {
        m_cancelAsked = true;
        m_label->setText(tr("Stopping safely… (Cancel again to stop at once)"));
    }
    emit cancelRequested();
}

} // namespace stitch::wizard
