#pragma once

#include "RequestStore.h"

#include <QAbstractTableModel>

namespace als {

// The inbox list: newest first, fetched page by page as the view scrolls (keyset paging over an index), so that
// opening an inbox of 100,000 requests reads one page, not all of them. It starts empty: the inbox fills it with
// reload() or setFilter() once staff have unlocked it.
class RequestListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestListModel)

public:
    enum Column { Reference, Received, Status, Writer, Name, Question, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kCountLimit = RequestStore::kInboxCountLimit;

    explicit RequestListModel(RequestStore *store, QObject *parent = nullptr);

    void setFilter(const RequestStore::Filter &filter);
    const RequestStore::Filter &filter() const { return m_filter; }
    int totalCount() const { return m_total; }  // kCountLimit + 1: more than kCountLimit
    bool isCountCut() const { return m_total > kCountLimit; }
    const RequestStore::ListRow *row(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString statusLabel(const QString &status);
    static QString writerLabel(const QString &writer);
    static QString sexLabel(const QString &sex);  // the words the form offers and the inbox shows
    // When a request came, in full and the same in every language (2026/11/24 18:45): a date must never be cut.
    static QString receivedText(const QDateTime &createdAt);

public Q_SLOTS:
    void reload();
    // Forgets every row (the inbox is closed): nothing of a request stays in memory.
    void clear();

private:
    RequestStore *m_store;
    RequestStore::Filter m_filter;
    QList<RequestStore::ListRow> m_rows;
    int m_total = 0;
    bool m_exhausted = true;  // nothing to fetch until the first reload()
};

} // namespace als
