#include "ServerState.h"

namespace MesheryTest {

QUrl ServerState::providerBaseUrl() const
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/provider-site"));
    return url;
}

QByteArray ServerState::issueToken(const QString &userName, std::optional<qint64> lifetimeSecs)
{
    const QString issuer = providerBaseUrl().toString() + QStringLiteral("/hydra/");
    return m_tokens.issue(userName, lifetimeSecs.value_or(m_options.tokenLifetimeSecs), issuer);
}

} // namespace MesheryTest
