// What every OpenAI-compatible service the store may use shares (Chalán's online model, its online transcription):
// an endpoint's address under {base}/v1 and the error object {"error": {"message", "type", "code"}}.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace nexus::openai {

struct ApiError
{
    QString message; // the service's own words, or the start of the body when it sent no error object
    QString code; // "invalid_api_key", "insufficient_quota"…; else the error's type; else the HTTP status
};

// "https://api.openai.com" or "https://api.openai.com/v1/" + "chat/completions" → "https://api.openai.com/v1/chat/completions".
[[nodiscard]] QString endpoint(const QString &baseUrl, QStringView path);
[[nodiscard]] ApiError parseError(int httpStatus, const QByteArray &body);

} // namespace nexus::openai
