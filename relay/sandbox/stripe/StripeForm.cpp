#include "relay/sandbox/stripe/StripeForm.h"

#include <map>
#include <memory>
#include <vector>

#include <QJsonArray>
#include <QStringList>

#include "core/webhooks/FormBody.h"

namespace clientele::relay::sandbox {

namespace {

// One name of the tree while it is being built: a leaf value or named children in arrival order.
struct Node
{
    QString value;
    bool isLeaf = true;
    std::vector<std::pair<QString, std::unique_ptr<Node>>> children;
    int appended = 0; // "[]" segments seen so far: each one adds a new array element

    Node& child(const QString& key)
    {
        if (isLeaf) {
            isLeaf = false;
            value.clear();
        }
        if (key.isEmpty()) {
            children.emplace_back(QString::number(appended++), std::make_unique<Node>());
            return *children.back().second;
        }
        for (auto& [name, node] : children) {
            if (name == key) {
                return *node;
            }
        }
        children.emplace_back(key, std::make_unique<Node>());
        return *children.back().second;
    }

    QJsonValue toJson() const
    {
        if (isLeaf) {
            return value;
        }
        bool allIndices = !children.empty();
        std::map<qint64, const Node*> byIndex;
        for (const auto& [name, node] : children) {
            bool isNumber = false;
            const qint64 index = name.toLongLong(&isNumber);
            if (!isNumber || index < 0) {
                allIndices = false;
                break;
            }
            byIndex[index] = node.get();
        }
        if (allIndices) {
            QJsonArray array;
            for (const auto& [index, node] : byIndex) {
                array.append(node->toJson());
            }
            return array;
        }
        QJsonObject object;
        for (const auto& [name, node] : children) {
            object.insert(name, node->toJson());
        }
        return object;
    }
};

// "a[b][0][]" → {"a", "b", "0", ""}; empty on a malformed name.
QStringList splitName(const QString& name)
{
    const qsizetype open = name.indexOf(u'[');
    if (open < 0) {
        return name.contains(u']') ? QStringList() : QStringList {name};
    }
    QStringList parts {name.left(open)};
    if (parts.front().isEmpty()) {
        return {};
    }
    qsizetype at = open;
    while (at < name.size()) {
        if (name.at(at) != u'[') {
            return {};
        }
        const qsizetype close = name.indexOf(u']', at);
        if (close < 0) {
            return {};
        }
        const QString part = name.mid(at + 1, close - at - 1);
        if (part.contains(u'[')) {
            return {};
        }
        parts.append(part);
        at = close + 1;
    }
    return parts;
}

} // namespace

Result<QJsonObject> decodeStripeForm(QByteArrayView body)
{
    Result<webhooks::FormParams> fields = webhooks::parseFormBody(body);
    if (!fields) {
        return fields.error();
    }
    Node root;
    root.isLeaf = false;
    for (const auto& [name, value] : fields.value()) {
        const QStringList parts = splitName(name);
        if (parts.isEmpty()) {
            return Error(Error::Code::InvalidInput, QStringLiteral("Invalid parameter name: %1").arg(name),
                QStringLiteral("stripe-form.bad-brackets"));
        }
        Node* node = &root;
        for (const QString& part : parts) {
            node = &node->child(part);
        }
        node->children.clear();
        node->isLeaf = true;
        node->value = value;
    }
    return root.toJson().toObject();
}

QString stripeParamName(const QStringList& path)
{
    QString name = path.value(0);
    for (qsizetype i = 1; i < path.size(); ++i) {
        name += u'[' + path.at(i) + u']';
    }
    return name;
}

} // namespace clientele::relay::sandbox
