#include "WebEngineLoginFactory.h"

#include "EmbeddedLoginDialog.h"

namespace MesheryAuth {

QDialog *WebEngineLoginFactory::createLoginDialog(const EmbeddedLoginRequest &request,
                                                  const EmbeddedLoginCallbacks &callbacks, QWidget *parent)
{
    auto *dialog = new EmbeddedLoginDialog(request, callbacks, parent);
    dialog->start();
    return dialog;
}

} // namespace MesheryAuth
