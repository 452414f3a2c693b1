// How a running report is cancelled and tells how far it got; shared between the thread that runs it and the UI.
#pragma once

#include <atomic>
#include <functional>

namespace nexus {

struct ReportControl
{
    std::atomic<bool> cancelled { false };
    std::function<void(int permille)> progress; // called on the running thread; may be empty

    void report(int permille) const
    {
        if (progress)
            progress(permille);
    }
};

} // namespace nexus
