// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "ValueLabel.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QLabel>

namespace MesheryAuth {

namespace {

const char *const ValueProperty = "meshery_accessible_value";

class ValueLabelInterface : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit ValueLabelInterface(QLabel *label)
        : QAccessibleWidget(label, QAccessible::StaticText)
    {
    }

    QLabel *label() const { return static_cast<QLabel *>(widget()); }

    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Name)
            return QAccessibleWidget::text(t);
        // The widget's own name would fall back to its caption's words: an empty value reads "none".
        if (!label()->text().isEmpty())
            return label()->text();
        return QCoreApplication::translate("MesheryAuth::ValueLabel", "none");
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    // Read only: the label's own selection, no caret.
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override
    {
        *startOffset = *endOffset = 0;
        if (selectionIndex == 0 && label()->hasSelectedText()) {
            *startOffset = label()->selectionStart();
            *endOffset = *startOffset + int(label()->selectedText().size());
        }
    }
    int selectionCount() const override { return label()->hasSelectedText() ? 1 : 0; }
    void addSelection(int startOffset, int endOffset) override { setSelection(0, startOffset, endOffset); }
    void removeSelection(int) override { label()->setSelection(0, 0); }
    void setSelection(int, int startOffset, int endOffset) override
    {
        label()->setSelection(startOffset, endOffset - startOffset);
    }
    int cursorPosition() const override { return 0; }
    void setCursorPosition(int) override { }
    QString text(int startOffset, int endOffset) const override
    {
        return label()->text().mid(startOffset, endOffset - startOffset);
    }
    int characterCount() const override { return int(label()->text().size()); }
    QRect characterRect(int) const override { return {}; }
    int offsetAtPoint(const QPoint &) const override { return -1; }
    void scrollToSubstring(int, int) override { }
    QString attributes(int offset, int *startOffset, int *endOffset) const override
    {
        *startOffset = offset;
        *endOffset = offset;
        return {};
    }
};

QAccessibleInterface *valueLabelFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("QLabel") && object && object->property(ValueProperty).toBool())
        return new ValueLabelInterface(static_cast<QLabel *>(object));
    return nullptr;
}

} // namespace

void ValueLabel::expose(QLabel *label)
{
    static const bool installed = [] {
        QAccessible::installFactory(valueLabelFactory);
        return true;
    }();
    Q_UNUSED(installed)
    label->setProperty(ValueProperty, true);
}

} // namespace MesheryAuth
