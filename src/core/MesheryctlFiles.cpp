// SPDX-FileCopyrightText: 2026 Meshery Auth contributors
// SPDX-License-Identifier: Apache-2.0
#include "MesheryctlFiles.h"

#include "MesheryTypes.h"
#include "ServerAddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>
#include <unordered_map>
#include <vector>

namespace MesheryAuth {

namespace {

// Both files are a few hundred bytes; anything far larger is not one of them.
constexpr qint64 MaxConfigBytes = 1024 * 1024;
constexpr qint64 MaxAuthBytes = 1024 * 1024;
// yaml-cpp shares an aliased node instead of copying it, so loading a "billion laughs" file is
// instant, but whatever walks the tree (the emitter of updateConfig above all) visits every
// repetition: nine levels of nine aliases are 387 million values. mesheryctl's own config.yaml
// has a few dozen; this bound counts each alias as the values it repeats.
constexpr quint64 MaxConfigNodes = 10000;

const char *const ProviderKey = "meshery-provider";
const char *const TokenKey = "token";

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The bytes of a small file, or a sentence saying why there are none.
Parsed<QByteArray> readSmallFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {{}, MesheryctlFiles::tr("%1 does not exist.").arg(shown(path))};
    if (info.isDir())
        return {{}, MesheryctlFiles::tr("%1 is a folder, not a file.").arg(shown(path))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, MesheryctlFiles::tr("Cannot read %1: %2.").arg(shown(path), file.errorString())};
    // Read one byte past the limit rather than trusting size(): special files report 0.
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {{}, MesheryctlFiles::tr("Cannot read %1: %2.").arg(shown(path), file.errorString())};
    if (data.size() > maxBytes)
        return {{}, MesheryctlFiles::tr("%1 is too large to be a mesheryctl file.").arg(shown(path))};
    return {data, {}};
}

// The folder for a file, created 0700 when missing: it holds tokens.
bool ensureFolderFor(const QString &filePath, QString *error)
{
    const QString folder = QFileInfo(filePath).absolutePath();
    if (QFileInfo(folder).isDir())
        return true;
    const QString parent = QFileInfo(folder).absolutePath();
    if (QDir().mkpath(parent)
        && QDir().mkdir(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return true;
    *error = MesheryctlFiles::tr("Cannot create the folder %1.").arg(shown(folder));
    return false;
}

// Replaces (or creates) a file in one step: a temporary file beside it, renamed over it.
bool writeAtomically(const QString &path, const QByteArray &content,
                     std::optional<QFileDevice::Permissions> permissions, QString *error)
{
    if (!ensureFolderFor(path, error))
        return false;
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = MesheryctlFiles::tr("Cannot write %1: %2.").arg(shown(path), file.errorString());
        return false;
    }
    // Before the first byte, so a secret is never readable by others, not even for a moment; and
    // after open(), which gives the new file the permissions of the one it replaces (mesheryctl
    // writes its auth.json 0644).
    if (permissions && !file.setPermissions(*permissions)) {
        *error = MesheryctlFiles::tr("Cannot set the permissions of %1: %2.").arg(shown(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (file.write(content) != content.size() || !file.commit()) {
        *error = MesheryctlFiles::tr("Cannot write %1: %2.").arg(shown(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

// --- YAML -------------------------------------------------------------------------------------

QString fromYaml(const std::string &text)
{
    return QString::fromStdString(text);
}

QString atLine(const QString &path, const YAML::Mark &mark, const QString &what)
{
    if (mark.is_null())
        return MesheryctlFiles::tr("%1: %2").arg(shown(path), what);
    return MesheryctlFiles::tr("%1, line %2: %3").arg(shown(path), QString::number(mark.line + 1), what);
}

QString yamlFailure(const QString &path, const YAML::Exception &e)
{
    return atLine(path, e.mark, MesheryctlFiles::tr("this is not YAML mesheryctl can read (%1).").arg(fromYaml(e.msg)));
}

// Counts the values a YAML document stands for with its aliases expanded, from yaml-cpp's
// parser events (no tree is built), and stops at the first one past MaxConfigNodes. Aliases as
// such stay allowed: mesheryctl reads them, and a hand-written config.yaml may share settings
// between contexts; it is only their expansion that must stay small. An alias to a node that
// contains it (which yaml-cpp accepts) is refused outright: walking it would never end.
class ExpansionCounter : public YAML::EventHandler
{
public:
    struct Refused {
        YAML::Mark mark;
        bool cycle = false;
    };

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        // The parser has already refused unknown anchors: one without a size is still open.
        const auto size = m_sizes.find(anchor);
        if (size == m_sizes.end())
            throw Refused{mark, true};
        add(mark, size->second);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &) override
    {
        leaf(mark, anchor);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        YAML::anchor_t anchor;
        quint64 start;
    };

    // Throws as soon as the count passes the bound. No alias adds more than the bound, so the
    // count stays below twice it and cannot overflow.
    void add(const YAML::Mark &mark, quint64 nodes)
    {
        m_count += nodes;
        if (m_count > MaxConfigNodes)
            throw Refused{mark, false};
    }
    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        add(mark, 1);
        if (anchor != YAML::NullAnchor)
            m_sizes[anchor] = 1;
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        add(mark, 1);
        m_open.push_back({anchor, m_count - 1});
    }
    void close()
    {
        const Open node = m_open.back();
        m_open.pop_back();
        if (node.anchor != YAML::NullAnchor)
            m_sizes[node.anchor] = m_count - node.start;
    }

    quint64 m_count = 0;
    std::vector<Open> m_open;
    std::unordered_map<YAML::anchor_t, quint64> m_sizes;
};

// YAML allows only printable characters, comments included, in UTF-8 here (mesheryctl's YAML
// reader refuses the rest). yaml-cpp does not check: it takes a NUL byte for the end of the file,
// so whatever follows one was invisible to the import yet kept by an export (as a leading
// comment) in a file that then read back as empty. The fuzzer found that.
bool checkCharacters(const QByteArray &text, const QString &path, QString *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    if (decoder.hasError()) {
        *error = MesheryctlFiles::tr("%1 is not UTF-8 text; it is not used.").arg(shown(path));
        return false;
    }
    const QList<uint> characters = decoded.toUcs4();
    int line = 1;
    for (const uint c : characters) {
        const bool printable = c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0x7E) || c == 0x85
            || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
        if (!printable) {
            *error = MesheryctlFiles::tr("%1, line %2: the control character U+%3 cannot be in a YAML file; it is "
                                         "not used.")
                         .arg(shown(path), QString::number(line),
                              QStringLiteral("%1").arg(c, 4, 16, QLatin1Char('0')).toUpper());
            return false;
        }
        line += c == 0x0A;
    }
    return true;
}

// Parses YAML text, the first document as YAML::Load does; on failure *error names the file and
// line. Both reading and updating config.yaml come through here, so neither ever holds a tree
// too large to walk.
bool parseYaml(const QByteArray &text, const QString &path, YAML::Node *root, QString *error)
{
    if (!checkCharacters(text, path, error))
        return false;
    const std::string yaml = text.toStdString();
    try {
        std::istringstream stream(yaml);
        YAML::Parser parser(stream);
        ExpansionCounter counter;
        parser.HandleNextDocument(counter);
        *root = YAML::Load(yaml);
        return true;
    } catch (const ExpansionCounter::Refused &refused) {
        *error =
            atLine(path, refused.mark,
                   refused.cycle ? MesheryctlFiles::tr("an alias refers to a node that contains it, so the file "
                                                       "has no end when read; it is not used.")
                                 : MesheryctlFiles::tr("with its aliases expanded, the file holds more than %1 "
                                                       "values, far more than any mesheryctl config.yaml; it is not "
                                                       "used.")
                                       .arg(MaxConfigNodes));
        return false;
    } catch (const YAML::Exception &e) {
        *error = yamlFailure(path, e);
        return false;
    }
}

// yaml-cpp throws when asked the type of a key that is not there; these answer "no" instead.
bool isAbsent(const YAML::Node &node)
{
    return !node.IsDefined() || node.IsNull();
}

bool isMap(const YAML::Node &node)
{
    return node.IsDefined() && node.IsMap();
}

bool isScalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar();
}

// A scalar field of a map as text: absent or null reads as empty, a list or map is an error.
bool readText(const YAML::Node &map, const char *key, const QString &path, QString *value, QString *error)
{
    const YAML::Node node = map[key];
    if (isAbsent(node)) {
        value->clear();
        return true;
    }
    if (!node.IsScalar()) {
        *error =
            atLine(path, node.Mark(),
                   MesheryctlFiles::tr("\"%1\" must be a single value, not a list or map.").arg(QLatin1String(key)));
        return false;
    }
    *value = fromYaml(node.Scalar());
    return true;
}

// The shape mesheryctl expects, checked field by field so that an error can say where it is.
Parsed<MesheryctlConfig> configFromYaml(const YAML::Node &root, const QString &path)
{
    Parsed<MesheryctlConfig> result;
    MesheryctlConfig &config = result.value;
    config.path = path;
    const auto fail = [&result](const QString &error) {
        result.value = {};
        result.error = error;
        return result;
    };

    if (isAbsent(root))
        return fail(MesheryctlFiles::tr("%1 is empty: it holds no mesheryctl contexts.").arg(shown(path)));
    if (!root.IsMap())
        return fail(atLine(path, root.Mark(),
                           MesheryctlFiles::tr("expected mesheryctl's settings (contexts, current-context, tokens).")));

    QString error;
    if (!readText(root, "current-context", path, &config.currentContext, &error))
        return fail(error);

    const YAML::Node contexts = root["contexts"];
    if (!isAbsent(contexts)) {
        if (!contexts.IsMap())
            return fail(atLine(path, contexts.Mark(), MesheryctlFiles::tr("\"contexts\" must map names to contexts.")));
        for (auto it = contexts.begin(); it != contexts.end(); ++it) {
            if (!it->first.IsScalar())
                return fail(
                    atLine(path, it->first.Mark(), MesheryctlFiles::tr("a context name must be a single value.")));
            MesheryctlContext context;
            context.name = fromYaml(it->first.Scalar());
            const YAML::Node fields = it->second;
            if (!isAbsent(fields)) {
                if (!fields.IsMap())
                    return fail(
                        atLine(path, fields.Mark(),
                               MesheryctlFiles::tr("the context \"%1\" must be a map of settings.").arg(context.name)));
                if (!readText(fields, "endpoint", path, &context.endpoint, &error)
                    || !readText(fields, "provider", path, &context.provider, &error)
                    || !readText(fields, "token", path, &context.tokenName, &error)
                    || !readText(fields, "platform", path, &context.platform, &error))
                    return fail(error);
            }
            config.contexts.append(context);
        }
    }

    const YAML::Node tokens = root["tokens"];
    if (!isAbsent(tokens)) {
        if (!tokens.IsSequence())
            return fail(
                atLine(path, tokens.Mark(), MesheryctlFiles::tr("\"tokens\" must be a list of token entries.")));
        for (const YAML::Node &entry : tokens) {
            if (!entry.IsMap())
                return fail(atLine(path, entry.Mark(),
                                   MesheryctlFiles::tr("a token entry must be a map with \"name\" and \"location\".")));
            MesheryctlTokenEntry token;
            if (!readText(entry, "name", path, &token.name, &error)
                || !readText(entry, "location", path, &token.location, &error))
                return fail(error);
            if (token.name.isEmpty())
                return fail(atLine(path, entry.Mark(), MesheryctlFiles::tr("a token entry has no name.")));
            config.tokens.append(token);
        }
    }
    return result;
}

// Whether a plain YAML scalar with this text would read back as something other than a string
// (null, a boolean in YAML 1.1 or 1.2, a number), so that it must be quoted.
bool needsQuotes(const QString &text)
{
    static const QRegularExpression special(
        QStringLiteral("^(~|null|true|false|yes|no|on|off|y|n|<<|[-+]?\\.(inf|nan)|[-+]?\\.?[0-9].*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return text.isEmpty() || special.match(text).hasMatch();
}

YAML::Node stringNode(const QString &text)
{
    YAML::Node node(text.toStdString());
    // yaml-cpp marks quoted scalars with the non-specific tag "!" and plain ones with "?".
    node.SetTag(needsQuotes(text) ? "!" : "?");
    return node;
}

// yaml-cpp's own emitter drops the quotes of "0.8" or "true" (it keeps only the text), which
// would change their type for mesheryctl; this one quotes what was quoted. Order is kept.
void emitNode(YAML::Emitter &out, const YAML::Node &node)
{
    const std::string &tag = node.Tag();
    if (!tag.empty() && tag != "?" && tag != "!")
        out << YAML::VerbatimTag(tag);
    switch (node.Type()) {
    case YAML::NodeType::Map:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (auto it = node.begin(); it != node.end(); ++it) {
            out << YAML::Key;
            emitNode(out, it->first);
            out << YAML::Value;
            emitNode(out, it->second);
        }
        out << YAML::EndMap;
        break;
    case YAML::NodeType::Sequence:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const YAML::Node &item : node)
            emitNode(out, item);
        out << YAML::EndSeq;
        break;
    case YAML::NodeType::Scalar:
        if (tag == "!")
            out << YAML::DoubleQuoted;
        out << node.Scalar();
        break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        out << YAML::Null;
        break;
    }
}

// Sets map[key] to text unless it already holds exactly that; true when it changed.
bool setText(YAML::Node map, const char *key, const QString &text)
{
    const YAML::Node current = static_cast<const YAML::Node &>(map)[key];
    if (isScalar(current) && fromYaml(current.Scalar()) == text)
        return false;
    map[key] = stringNode(text);
    return true;
}

// The comment block a file starts with, which usually says what the file is. yaml-cpp drops all
// comments; this one at least is cheap to keep.
QByteArray leadingComments(const QByteArray &text)
{
    qsizetype end = 0;
    while (end < text.size()) {
        qsizetype lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.size() : lineEnd + 1;
        const QByteArray line = text.mid(end, lineEnd - end).trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            break;
        end = lineEnd;
    }
    QByteArray comments = text.left(end);
    if (!comments.isEmpty() && !comments.endsWith('\n'))
        comments += '\n';
    return comments;
}

bool sameServer(const QString &a, const QString &b)
{
    const QUrl left = ServerAddress::normalise(a);
    return left.isValid() && left == ServerAddress::normalise(b);
}

} // namespace

// --- MesheryctlConfig -------------------------------------------------------------------------

std::optional<MesheryctlContext> MesheryctlConfig::context(const QString &name) const
{
    for (const MesheryctlContext &context : contexts) {
        if (context.name == name)
            return context;
    }
    return std::nullopt;
}

std::optional<MesheryctlTokenEntry> MesheryctlConfig::token(const QString &name) const
{
    for (const MesheryctlTokenEntry &entry : tokens) {
        if (entry.name == name)
            return entry;
    }
    return std::nullopt;
}

// --- Paths ------------------------------------------------------------------------------------

QString MesheryctlFiles::defaultFolder()
{
    return QDir::homePath() + QStringLiteral("/.meshery");
}

QString MesheryctlFiles::defaultConfigPath()
{
    return defaultFolder() + QStringLiteral("/config.yaml");
}

QString MesheryctlFiles::resolveTokenLocation(const QString &location, const QString &mesheryFolder)
{
    if (location.isEmpty())
        return {};
    if (QDir::isAbsolutePath(location))
        return QDir::cleanPath(location);
    if (location == QLatin1String("~"))
        return QDir::homePath();
    if (location.startsWith(QLatin1String("~/")))
        return QDir::cleanPath(QDir::homePath() + location.mid(1));
    const QString folder = mesheryFolder.isEmpty() ? defaultFolder() : mesheryFolder;
    return QDir::cleanPath(QDir(folder).absoluteFilePath(location));
}

QString MesheryctlFiles::contextNameFor(const QUrl &serverUrl)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    QString name = serverUrl.host().toLower();
    if (serverUrl.port() != -1)
        name += QLatin1Char('-') + QString::number(serverUrl.port());
    name.replace(unsafe, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("meshery") : name;
}

// --- Reading ----------------------------------------------------------------------------------

Parsed<MesheryctlConfig> MesheryctlFiles::readConfig(const QString &path)
{
    const Parsed<QByteArray> text = readSmallFile(path, MaxConfigBytes);
    if (!text.ok())
        return {{}, text.error};
    YAML::Node root;
    QString error;
    if (!parseYaml(text.value, path, &root, &error))
        return {{}, error};
    try {
        return configFromYaml(root, path);
    } catch (const YAML::Exception &e) {
        return {{}, yamlFailure(path, e)};
    }
}

Parsed<MesheryctlAuth> MesheryctlFiles::readAuthFile(const QString &path)
{
    const Parsed<QByteArray> text = readSmallFile(path, MaxAuthBytes);
    if (!text.ok())
        return {{}, text.error};

    MesheryctlAuth auth;
    if (text.value.trimmed().isEmpty()) {
        auth.loggedOut = true;
        return {auth, {}};
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.value, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{},
                tr("%1 is not valid JSON: %2 at byte %3.")
                    .arg(shown(path), parseError.errorString(), QString::number(parseError.offset))};
    if (!document.isObject())
        return {{}, tr("%1 is not a mesheryctl token file: it holds no JSON object.").arg(shown(path))};

    const QJsonObject object = document.object();
    const QJsonValue token = object.value(QLatin1String(TokenKey));
    const QJsonValue provider = object.value(QLatin1String(ProviderKey));
    if (token.isUndefined())
        return {
            {},
            tr("%1 is not a mesheryctl token file: it has no \"%2\" field.").arg(shown(path), QLatin1String(TokenKey))};
    if (!(token.isString() || token.isNull()) || !(provider.isString() || provider.isNull() || provider.isUndefined()))
        return {{},
                tr("%1 is not a mesheryctl token file: \"%2\" and \"%3\" must be text.")
                    .arg(shown(path), QLatin1String(ProviderKey), QLatin1String(TokenKey))};
    auth.provider = provider.toString();
    auth.token = token.toString().toUtf8();
    // mesheryctl's Local sign-in is {"meshery-provider":"None","token":""}: no token, yet no logout.
    auth.loggedOut = auth.token.isEmpty() && !isLocalProviderName(auth.provider);
    return {auth, {}};
}

MesheryctlFiles::ImportReport MesheryctlFiles::importAll(const QString &configPath, const QString &mesheryFolder)
{
    ImportReport report;
    const Parsed<MesheryctlConfig> config = readConfig(configPath);
    if (!config.ok()) {
        report.error = config.error;
        return report;
    }

    QSet<QString> usedTokens;
    for (const MesheryctlContext &context : config.value.contexts) {
        ImportedContext imported;
        imported.context = context;
        if (context.tokenName.isEmpty()) {
            imported.auth.loggedOut = true; // nothing to import, which is no fault of the file
            report.contexts.append(imported);
            continue;
        }
        usedTokens.insert(context.tokenName);
        const std::optional<MesheryctlTokenEntry> entry = config.value.token(context.tokenName);
        if (!entry) {
            imported.error = tr("The context \"%1\" names the token entry \"%2\", which is not in the tokens of %3.")
                                 .arg(context.name, context.tokenName, shown(configPath));
        } else if (entry->location.isEmpty()) {
            imported.error = tr("The token entry \"%1\" in %2 has no location.").arg(entry->name, shown(configPath));
        } else {
            imported.tokenPath = resolveTokenLocation(entry->location, mesheryFolder);
            const Parsed<MesheryctlAuth> auth = readAuthFile(imported.tokenPath);
            if (auth.ok())
                imported.auth = auth.value;
            else
                imported.error = tr("The token of the context \"%1\" cannot be read: %2").arg(context.name, auth.error);
        }
        report.contexts.append(imported);
    }

    for (const MesheryctlTokenEntry &entry : config.value.tokens) {
        if (!usedTokens.contains(entry.name))
            report.warnings.append(
                tr("The token entry \"%1\" (%2) is not used by any context.").arg(entry.name, entry.location));
    }
    const QString &current = config.value.currentContext;
    if (!current.isEmpty() && !config.value.context(current))
        report.warnings.append(tr("current-context names \"%1\", which is not among the contexts.").arg(current));
    return report;
}

// --- Writing ----------------------------------------------------------------------------------

MesheryctlFiles::WriteResult MesheryctlFiles::checkAuthFile(const QString &path, const QString &provider,
                                                            const QByteArray &token, ExistingFile existing,
                                                            bool *alreadyThere)
{
    WriteResult result;
    if (alreadyThere)
        *alreadyThere = false;
    // The Local provider needs no token: its file carries the provider and an empty token.
    if (token.isEmpty() && !isLocalProviderName(provider)) {
        result.error = tr("There is no token to write to %1.").arg(shown(path));
        return result;
    }

    const QFileInfo info(path);
    if (info.isDir()) {
        result.error = tr("%1 is a folder, not a file.").arg(shown(path));
        return result;
    }
    if (info.exists()) {
        const Parsed<MesheryctlAuth> current = readAuthFile(path);
        if (current.ok() && current.value.token == token && sameProvider(current.value.provider, provider)) {
            if (alreadyThere)
                *alreadyThere = true;
            result.ok = true;
            return result;
        }
        // Only a token would be lost: a logged-out or Local file holds none.
        const bool holdsOtherToken = !current.ok() || (!current.value.token.isEmpty() && current.value.token != token);
        if (holdsOtherToken && existing == ExistingFile::Keep) {
            result.needsReplaceConfirmation = true;
            result.error = current.ok() ? tr("%1 already holds a different token.").arg(shown(path))
                                        : tr("%1 already exists and is not a token file this app can read (%2)")
                                              .arg(shown(path), current.error);
            return result;
        }
    }
    result.ok = true;
    return result;
}

MesheryctlFiles::WriteResult MesheryctlFiles::writeAuthFile(const QString &path, const QString &provider,
                                                            const QByteArray &token, ExistingFile existing)
{
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    bool alreadyThere = false;
    WriteResult result = checkAuthFile(path, provider, token, existing, &alreadyThere);
    if (!result.ok)
        return result;
    if (alreadyThere) {
        // Not rewritten, so that mesheryctl's own file stays byte for byte; but mesheryctl writes
        // it 0644, and a token file this app vouches for must not stay readable by others.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if ((QFile::permissions(path) & others) && !QFile::setPermissions(path, ownerOnly)) {
            result.ok = false;
            result.error = tr("Cannot make %1 private to you: its permissions cannot be changed.").arg(shown(path));
        }
        return result;
    }

    QJsonObject object;
    object.insert(QLatin1String(ProviderKey), provider);
    object.insert(QLatin1String(TokenKey), QString::fromUtf8(token));
    const QByteArray content = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    result.ok = writeAtomically(path, content, ownerOnly, &result.error);
    return result;
}

MesheryctlFiles::WriteResult MesheryctlFiles::updateConfig(const QString &configPath, const ContextUpdate &update)
{
    WriteResult result;
    const auto fail = [&result](const QString &error) {
        result.error = error;
        return result;
    };

    static const QRegularExpression contextName(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (!contextName.match(update.contextName).hasMatch())
        return fail(tr("\"%1\" cannot be a mesheryctl context name: use lower-case letters, digits, \"-\" and \"_\".")
                        .arg(update.contextName));
    QString endpointError;
    if (!ServerAddress::normalise(update.endpoint, &endpointError).isValid())
        return fail(endpointError);

    const QFileInfo info(configPath);
    const bool exists = info.exists();
    QByteArray original;
    YAML::Node root;
    if (exists) {
        const Parsed<QByteArray> text = readSmallFile(configPath, MaxConfigBytes);
        if (!text.ok())
            return fail(text.error);
        original = text.value;
        QString error;
        if (!parseYaml(original, configPath, &root, &error))
            return fail(error);
        // A file of the wrong shape is the user's to fix: rewriting it would lose what is in it.
        if (!isAbsent(root)) {
            try {
                const Parsed<MesheryctlConfig> shape = configFromYaml(root, configPath);
                if (!shape.ok())
                    return fail(shape.error);
            } catch (const YAML::Exception &e) {
                return fail(yamlFailure(configPath, e));
            }
        }
    }

    bool changed = false;
    QByteArray text;
    try {
        if (!isMap(root)) {
            // mesheryctl's own order: contexts, current-context, tokens.
            root = YAML::Node(YAML::NodeType::Map);
            root["contexts"] = YAML::Node(YAML::NodeType::Map);
            root["current-context"] = stringNode(update.contextName);
            changed = true;
        }
        // Read through const nodes: yaml-cpp's non-const operator[] turns what it touches into a map.
        const YAML::Node &constRoot = root;
        if (!isMap(constRoot["contexts"])) {
            root["contexts"] = YAML::Node(YAML::NodeType::Map);
            changed = true;
        }
        YAML::Node contexts = root["contexts"];
        const std::string name = update.contextName.toStdString();
        if (!isMap(static_cast<const YAML::Node &>(contexts)[name])) {
            contexts[name] = YAML::Node(YAML::NodeType::Map);
            changed = true;
        }
        YAML::Node context = contexts[name];

        const YAML::Node oldEndpoint = static_cast<const YAML::Node &>(context)["endpoint"];
        if (!(isScalar(oldEndpoint) && sameServer(fromYaml(oldEndpoint.Scalar()), update.endpoint)))
            changed |= setText(context, "endpoint", update.endpoint.trimmed());
        if (!update.tokenName.isEmpty())
            changed |= setText(context, "token", update.tokenName);
        if (!update.provider.isEmpty())
            changed |= setText(context, "provider", update.provider);

        if (!update.tokenName.isEmpty()) {
            if (isAbsent(constRoot["tokens"])) {
                root["tokens"] = YAML::Node(YAML::NodeType::Sequence);
                changed = true;
            }
            YAML::Node tokens = root["tokens"];
            bool found = false;
            bool locationFirst = false; // mesheryctl writes keys sorted; follow whatever the file does
            for (YAML::Node entry : tokens) {
                if (entry.size() > 0 && entry.begin()->first.Scalar() == "location")
                    locationFirst = true;
                const YAML::Node entryName = static_cast<const YAML::Node &>(entry)["name"];
                if (isScalar(entryName) && fromYaml(entryName.Scalar()) == update.tokenName) {
                    if (!update.tokenLocation.isEmpty())
                        changed |= setText(entry, "location", update.tokenLocation);
                    found = true;
                    break;
                }
            }
            if (!found) {
                if (update.tokenLocation.isEmpty())
                    return fail(tr("The token entry \"%1\" needs a location.").arg(update.tokenName));
                YAML::Node entry(YAML::NodeType::Map);
                if (locationFirst)
                    entry["location"] = stringNode(update.tokenLocation);
                entry["name"] = stringNode(update.tokenName);
                entry["location"] = stringNode(update.tokenLocation);
                tokens.push_back(entry);
                changed = true;
            }
        }

        const YAML::Node current = constRoot["current-context"];
        const bool hasCurrent = isScalar(current) && !current.Scalar().empty();
        if (update.makeCurrent || !hasCurrent)
            changed |= setText(root, "current-context", update.contextName);

        if (!changed)
            return {true, false, {}}; // keeps the file byte for byte, and makes no .bak

        YAML::Emitter out;
        out.SetIndent(2);
        emitNode(out, root);
        if (!out.good())
            return fail(tr("Cannot write %1: %2.").arg(shown(configPath), fromYaml(out.GetLastError())));
        text = leadingComments(original) + QByteArray(out.c_str(), static_cast<qsizetype>(out.size())) + '\n';
    } catch (const YAML::Exception &e) {
        return fail(yamlFailure(configPath, e));
    }

    // The old file stays at hand, with its own permissions, in case the user wants it back.
    if (exists && !writeAtomically(configPath + QStringLiteral(".bak"), original, info.permissions(), &result.error))
        return result;
    // QSaveFile keeps the permissions of the file it replaces.
    result.ok = writeAtomically(configPath, text, std::nullopt, &result.error);
    return result;
}

} // namespace MesheryAuth
