#pragma once

#include "CanSayView.h"
#include "ConsultationView.h"
#include "DocumentView.h"
#include "EvidenceView.h"

namespace als {

// The reading views, one class each, in the guide's order.

class OverviewView final : public DocumentView
{
    Q_OBJECT
public:
    explicit OverviewView(const Content &content, QWidget *parent = nullptr);
};

class StandardCareView final : public DocumentView
{
    Q_OBJECT
public:
    explicit StandardCareView(const Content &content, QWidget *parent = nullptr);
};

class StemCellsView final : public EvidenceView
{
    Q_OBJECT
public:
    explicit StemCellsView(const Content &content, QWidget *parent = nullptr);
};

class ConditionedMediumView final : public EvidenceView
{
    Q_OBJECT
public:
    explicit ConditionedMediumView(const Content &content, QWidget *parent = nullptr);
};

class ReferencesView final : public DocumentView
{
    Q_OBJECT
public:
    explicit ReferencesView(const Content &content, QWidget *parent = nullptr);
};

class AboutView final : public DocumentView
{
    Q_OBJECT
public:
    explicit AboutView(const Content &content, QWidget *parent = nullptr);
};

// Creates the view for a section id of the content, or nullptr for an id no view knows.
SectionView *createSectionView(const Content &content, const QString &sectionId, QWidget *parent = nullptr);

} // namespace als
