#include "Views.h"

namespace als {

OverviewView::OverviewView(const Content &content, QWidget *parent)
    : DocumentView(content, QStringLiteral("overview"), parent)
{
}

StandardCareView::StandardCareView(const Content &content, QWidget *parent)
    : DocumentView(content, QStringLiteral("standard-care"), parent)
{
}

StemCellsView::StemCellsView(const Content &content, QWidget *parent)
    : EvidenceView(content, QStringLiteral("stem-cells"), parent)
{
}

ConditionedMediumView::ConditionedMediumView(const Content &content, QWidget *parent)
    : EvidenceView(content, QStringLiteral("conditioned-medium"), parent)
{
}

ReferencesView::ReferencesView(const Content &content, QWidget *parent)
    : DocumentView(content, QStringLiteral("references"), parent)
{
}

AboutView::AboutView(const Content &content, QWidget *parent)
    : DocumentView(content, QStringLiteral("about"), parent)
{
}

SectionView *createSectionView(const Content &content, const QString &id, QWidget *parent)
{
    if (id == QLatin1String("overview"))
        return new OverviewView(content, parent);
    if (id == QLatin1String("standard-care"))
        return new StandardCareView(content, parent);
    if (id == QLatin1String("stem-cells"))
        return new StemCellsView(content, parent);
    if (id == QLatin1String("conditioned-medium"))
        return new ConditionedMediumView(content, parent);
    if (id == QLatin1String("can-say"))
        return new CanSayView(content, parent);
    if (id == QLatin1String("consultation"))
        return new ConsultationView(content, parent);
    if (id == QLatin1String("references"))
        return new ReferencesView(content, parent);
    if (id == QLatin1String("about"))
        return new AboutView(content, parent);
    return nullptr;
}

} // namespace als
