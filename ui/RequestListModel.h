#pragma once

#include "RequestStore.h"

#include <QAbstractTableModel>

namespace als {

class StorageWorker;

// The inbox list: newest first, fetched page by page as the view scrolls (keyset paging over an index), so that
// opening an inbox of 100,000 requests reads one page, not all of them. It starts empty: the inbox fills it with
// reload() or setFilter() once staff have unlocked it.
//
// With a StorageWorker every page is read on the worker's thread and arrives later (loaded()); until then the rows
// shown stay, and a page read for a filter that has changed since, or before clear(), is dropped.
class RequestListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestListModel)

public:
    enum Column { Reference, Received, Status, Writer, Name, Question, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kCountLimit = RequestStore::kInboxCountLimit;

    explicit RequestListModel(RequestStore *store, QObject *parent = nullptr);

    // Where the pages are read (not owned); null: on the caller's thread, from the store.
    void setStorage(StorageWorker *storage) { m_storage = storage; }
    bool isLoading() const { return m_loading; }
    // Why the last page could not be read; empty if it could.
    QString lastError() const { return m_error; }

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

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The first page of the filter of the moment has arrived (or could not be read: lastError()).
    void loaded();

public Q_SLOTS:
    void reload();
    // Forgets every row (the inbox is closed): nothing of a request stays in memory.
    void clear();

private:
    struct Page
    {
        QList<RequestStore::ListRow> rows;
        int total = 0;
    };
    void setLoading(bool loading);
    void showPage(const Page &page, const QString &error);

    RequestStore *m_store;
    StorageWorker *m_storage = nullptr;
    quint64 m_generation = 0;  // counts filters and clears: a page read for an older one is dropped
    bool m_loading = false;
    bool m_fetching = false;
    QString m_error;
    RequestStore::Filter m_filter;
    QList<RequestStore::ListRow> m_rows;
    int m_total = 0;
    bool m_exhausted = true;  // nothing to fetch until the first reload()
};

} // namespace als
