// Rule-based reading of Mexican Spanish counter requests ("¿tienes balatas delanteras para un Tsuru 2015?",
// "agrega dos filtros de aceite", "¿cuántas bujías NGK hay en la bodega 2?", "¿cómo va la orden del Jetta de Juan
// Pérez?") into an Intent. Offline and deterministic; case, accents and punctuation are ignored (SearchText).
// Anything it is not sure about is Unknown: the assistant then asks instead of acting.
#pragma once

#include "assistant/intent.h"
#include "assistant/intentvocabulary.h"

namespace nexus {

class IntentParser final
{
public:
    explicit IntentParser(IntentVocabulary vocabulary) : m_vocabulary(std::move(vocabulary)) { }

    [[nodiscard]] Intent parse(QStringView text) const;
    [[nodiscard]] const IntentVocabulary &vocabulary() const { return m_vocabulary; }

private:
    IntentVocabulary m_vocabulary;
};

} // namespace nexus
