// What a channel (WhatsApp, e-mail) answers for one message: sent (with the provider's id), worth retrying later
// (nothing reached the provider, or it said "try later") or failed for good (with the provider's error as it said it).
#pragma once

#include <QString>

#include "notifications/notificationstore.h"

namespace nexus {

struct ChannelOutcome
{
    enum class Kind { Sent, Retry, Failed };
    Kind kind = Kind::Failed;
    QString providerMessageId;
    QString error;
};

class NotificationChannelClient
{
public:
    virtual ~NotificationChannelClient() = default;
    // Blocking; called from the dispatcher's thread. The message's idempotency key travels with it to the provider.
    [[nodiscard]] virtual ChannelOutcome send(const NotificationMessage &message) = 0;
};

} // namespace nexus
