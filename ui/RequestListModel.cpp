#include "RequestListModel.h"

#include "RequestColumns.h"
#include "StorageWorker.h"

#include <QFont>

namespace als {

RequestListModel::RequestListModel(RequestStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void RequestListModel::setFilter(const RequestStore::Filter &filter)
{
    m_filter = filter;
    reload();
}

void RequestListModel::reload()
{
    const quint64 generation = ++m_generation;
    m_fetching = false;
    if (!m_storage) {
        Page page;
        if (m_store && m_store->isOpen()) {
            page.total = std::max(0, m_store->count(m_filter, kCountLimit));
            page.rows = m_store->list(m_filter, kPageSize);
        }
        showPage(page, {});
        return;
    }
    setLoading(true);
    m_storage->run(
        this,
        [filter = m_filter](RequestStore &store) {
            Page page;
            if (!store.ensureOpen())
                return page;
            page.total = std::max(0, store.count(filter, kCountLimit));
            page.rows = store.list(filter, kPageSize);
            return page;
        },
        [this, generation](const Page &page, const RequestStore::Error &error) {
            if (generation == m_generation)
                showPage(page, error.message);
        });
}

void RequestListModel::showPage(const Page &page, const QString &error)
{
    beginResetModel();
    m_rows = page.rows;
    m_total = page.total;
    m_exhausted = m_rows.size() < kPageSize;
    m_error = error;
    endResetModel();
    setLoading(false);
    Q_EMIT loaded();
}

void RequestListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void RequestListModel::clear()
{
    ++m_generation;
    m_fetching = false;
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_total = 0;
    m_exhausted = true;
    m_error.clear();
    endResetModel();
    setLoading(false);
}

const RequestStore::ListRow *RequestListModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RequestListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_loading && !m_fetching;
}

void RequestListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const RequestStore::ListRow last = m_rows.constLast();
    const auto append = [this](const QList<RequestStore::ListRow> &more) {
        m_fetching = false;
        m_exhausted = more.size() < kPageSize;
        if (more.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows += more;
        endInsertRows();
    };
    if (!m_storage) {
        append(m_store->list(m_filter, kPageSize, &last));
        return;
    }
    m_fetching = true;
    const quint64 generation = m_generation;
    m_storage->run(
        this,
        [filter = m_filter, last](RequestStore &store) {
            if (!store.ensureOpen())
                return QList<RequestStore::ListRow>();
            return store.list(filter, kPageSize, &last);
        },
        [this, generation, append](const QList<RequestStore::ListRow> &more, const RequestStore::Error &) {
            if (generation == m_generation)
                append(more);
        });
}

QString RequestListModel::statusLabel(const QString &status)
{
    return RequestColumns::statusLabel(status);
}

QString RequestListModel::writerLabel(const QString &writer)
{
    return RequestColumns::writerLabel(writer);
}

QString RequestListModel::sexLabel(const QString &sex)
{
    return RequestColumns::sexLabel(sex);
}

QString RequestListModel::receivedText(const QDateTime &createdAt)
{
    return RequestColumns::receivedText(createdAt);
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    const RequestStore::ListRow *r = row(index.row());
    if (r && role == Qt::FontRole && index.column() == Status && r->status == QLatin1String("new")) {
        // New requests stand out; only the weight is set, so the text size stays the view's.
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (!r || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Reference:
        return r->reference;
    case Received:
        return receivedText(r->createdAt);
    case Status:
        return statusLabel(r->status);
    case Writer:
        return writerLabel(r->writer);
    case Name:
        return r->name;
    case Question:
        return QString(r->question).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference: return tr("Reference");
    case Received: return tr("Received");
    case Status: return tr("Status");
    case Writer: return tr("Who wrote");
    case Name: return tr("Name");
    case Question: return tr("Question");
    default: return {};
    }
}

} // namespace als
