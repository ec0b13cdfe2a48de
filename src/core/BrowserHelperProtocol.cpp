// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "BrowserHelperProtocol.h"

#include "TlsMaterial.h"
#include "WebAddress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace MesheryAuth::BrowserHelper {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MesheryAuth::BrowserHelper)
};

constexpr qint64 ShortestTimeLimitMs = 1000;
constexpr qint64 LongestTimeLimitMs = 60 * 60 * 1000;
constexpr qsizetype LongestName = 256;

// An empty value is allowed (an optional address); anything else must be a web address.
bool readAddress(const QJsonObject &json, const char *key, QUrl *out)
{
    const QString text = json.value(QLatin1String(key)).toString();
    if (text.isEmpty())
        return true;
    *out = QUrl(text, QUrl::StrictMode);
    return isWebAddress(*out);
}

QByteArray toPem(const QList<QSslCertificate> &certificates)
{
    QByteArray pem;
    for (const QSslCertificate &certificate : certificates)
        pem += certificate.toPem();
    return pem;
}

// PEM certificates and nothing else: a block that does not parse, or a key, is refused.
std::optional<QList<QSslCertificate>> certificatesFrom(const QByteArray &pem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    const qsizetype blocks = pem.count("-----BEGIN ");
    if (certificates.isEmpty() || blocks != certificates.size() || pem.count("-----BEGIN CERTIFICATE-----") != blocks)
        return std::nullopt;
    return certificates;
}

} // namespace

ApiError LoginRequest::setTrust(const ServerTrust &trust)
{
    trustedCertificates.clear();
    for (const QString &pin : trust.pinnedCertificates) {
        const QString fingerprint = normaliseFingerprint(pin);
        if (!fingerprint.isEmpty() && !trustedCertificates.contains(fingerprint))
            trustedCertificates << fingerprint;
    }
    trustedCertificates = trustedCertificates.mid(0, MaxTrustedCertificates);
    caCertificates.clear();
    if (trust.caFile.isEmpty())
        return {};
    ServerTrust caOnly;
    caOnly.caFile = trust.caFile;
    const TlsMaterial material = TlsMaterialJob::read(caOnly, std::nullopt);
    if (!material.isOk())
        return material.error;
    if (toPem(material.caCertificates).size() > MaxCaCertificatesPemBytes)
        return ApiError(ApiError::Kind::TlsSettingsUnusable,
                        Tr::tr("The CA file \"%1\" holds more certificates than the built-in browser takes "
                               "(%2 KiB of PEM at most).")
                            .arg(trust.caFile)
                            .arg(MaxCaCertificatesPemBytes / 1024));
    caCertificates = material.caCertificates;
    return {};
}

QJsonObject LoginRequest::toJson() const
{
    QJsonObject json = message(Type::Login);
    json.insert(QStringLiteral("serverUrl"), serverUrl.toString(QUrl::FullyEncoded));
    json.insert(QStringLiteral("providerKey"), providerKey);
    json.insert(QStringLiteral("providerName"), providerName);
    json.insert(QStringLiteral("providerUrl"), providerUrl.toString(QUrl::FullyEncoded));
    json.insert(QStringLiteral("startUrl"), startUrl.toString(QUrl::FullyEncoded));
    json.insert(QStringLiteral("timeLimitMs"), double(timeLimit.count()));
    json.insert(QStringLiteral("trustedCertificates"), QJsonArray::fromStringList(trustedCertificates));
    json.insert(QStringLiteral("caCertificates"), QString::fromLatin1(toPem(caCertificates)));
    // A native window id fits a double exactly (X11's are 32 bits), JSON's only number.
    json.insert(QStringLiteral("parentWindow"), double(parentWindow));
    json.insert(QStringLiteral("parentGeometry"),
                QJsonArray{parentGeometry.x(), parentGeometry.y(), parentGeometry.width(), parentGeometry.height()});
    return json;
}

std::optional<LoginRequest> LoginRequest::fromJson(const QJsonObject &json, QString *error)
{
    const auto refuse = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    if (json.value(QLatin1String("type")).toString() != QLatin1String(Type::Login))
        return refuse(Tr::tr("the first message is not a login request"));
    LoginRequest request;
    if (!readAddress(json, "serverUrl", &request.serverUrl) || request.serverUrl.isEmpty())
        return refuse(Tr::tr("the server address is not an http or https address"));
    if (!readAddress(json, "providerUrl", &request.providerUrl) || !readAddress(json, "startUrl", &request.startUrl))
        return refuse(Tr::tr("the provider's address is not an http or https address"));
    request.providerKey = json.value(QLatin1String("providerKey")).toString();
    request.providerName = json.value(QLatin1String("providerName")).toString();
    if (request.providerKey.isEmpty() || request.providerKey.size() > LongestName
        || request.providerName.size() > LongestName)
        return refuse(Tr::tr("the provider's name is missing or too long"));
    const double limit = json.value(QLatin1String("timeLimitMs")).toDouble();
    if (!(limit >= ShortestTimeLimitMs && limit <= LongestTimeLimitMs))
        return refuse(Tr::tr("the time limit is not between a second and an hour"));
    request.timeLimit = std::chrono::milliseconds(qint64(limit));

    static const QRegularExpression fingerprint(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
    const QJsonValue trusted = json.value(QLatin1String("trustedCertificates"));
    if (!(trusted.isArray() || trusted.isUndefined()) || trusted.toArray().size() > MaxTrustedCertificates)
        return refuse(Tr::tr("the trusted certificates are not a short list"));
    for (const QJsonValue &value : trusted.toArray()) {
        if (!fingerprint.match(value.toString()).hasMatch())
            return refuse(Tr::tr("a trusted certificate is not a SHA-256 fingerprint"));
        request.trustedCertificates << value.toString();
    }
    const QJsonValue authorities = json.value(QLatin1String("caCertificates"));
    if (!(authorities.isString() || authorities.isUndefined()))
        return refuse(Tr::tr("the CA certificates are not PEM text"));
    const QByteArray pem = authorities.toString().toUtf8();
    if (pem.size() > MaxCaCertificatesPemBytes)
        return refuse(Tr::tr("the CA certificates are longer than %1 KiB").arg(MaxCaCertificatesPemBytes / 1024));
    if (!pem.isEmpty()) {
        const auto certificates = certificatesFrom(pem);
        if (!certificates)
            return refuse(Tr::tr("the CA certificates are not PEM certificates"));
        request.caCertificates = *certificates;
    }

    const double parent = json.value(QLatin1String("parentWindow")).toDouble();
    if (parent >= 0 && parent <= double(std::numeric_limits<quint32>::max()))
        request.parentWindow = quint64(parent);
    const QJsonArray geometry = json.value(QLatin1String("parentGeometry")).toArray();
    if (geometry.size() == 4)
        request.parentGeometry =
            QRect(geometry[0].toInt(), geometry[1].toInt(), geometry[2].toInt(), geometry[3].toInt());
    return request;
}

QByteArray encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject message(const char *type, QJsonObject fields)
{
    fields.insert(QStringLiteral("type"), QLatin1String(type));
    return fields;
}

QJsonObject caught(const LoginCallback &callback)
{
    return message(Type::Caught,
                   {{QStringLiteral("token"), QString::fromLatin1(callback.token)},
                    {QStringLiteral("sessionCookie"), QString::fromLatin1(callback.sessionCookie)}});
}

std::optional<LoginCallback> caughtFrom(const QJsonObject &message)
{
    const QJsonValue token = message.value(QLatin1String("token"));
    const QJsonValue cookie = message.value(QLatin1String("sessionCookie"));
    if (!token.isString() || !(cookie.isString() || cookie.isUndefined()))
        return std::nullopt;
    return LoginCallback{token.toString().toUtf8(), cookie.toString().toUtf8()};
}

bool LineBuffer::append(const QByteArray &bytes)
{
    if (m_overLimit)
        return false;
    m_pending += bytes;
    // Every line held, whole or still open, counts: one chunk may bring several.
    qsizetype longest = 0;
    qsizetype start = 0;
    for (qsizetype end; (end = m_pending.indexOf('\n', start)) >= 0; start = end + 1)
        longest = std::max(longest, end - start);
    longest = std::max(longest, m_pending.size() - start);
    m_overLimit = longest > MaxLineBytes;
    if (m_overLimit)
        m_pending.clear();
    return !m_overLimit;
}

std::optional<QJsonObject> LineBuffer::takeMessage(bool *bad)
{
    *bad = false;
    const qsizetype end = m_pending.indexOf('\n');
    if (end < 0)
        return std::nullopt;
    const QByteArray line = m_pending.left(end);
    m_pending.remove(0, end + 1);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *bad = true;
        return std::nullopt;
    }
    return document.object();
}

} // namespace MesheryAuth::BrowserHelper
