#include "SecretBackend.h"

namespace MesheryAuth {

void SecretJob::finish(const KeychainOutcome &outcome)
{
    if (settle())
        emit finished(outcome);
}

} // namespace MesheryAuth
