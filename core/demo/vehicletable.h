// The makes, models, model years and engines sold in Mexico 1990–2025: the catalogue's vehicles table.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "demo/prng.h"

namespace nexus::demo {

// One generation of a model: a year range sold in Mexico with its engines.
struct VehicleGeneration
{
    const char *make;
    const char *model;
    int firstYear;
    int lastYear;
    std::vector<std::string> engines; // "1.6L L4"
    int popularity; // relative share of the car parc
    const char *wmi; // VIN world manufacturer identifier of the plant that built it
    int platform; // generations with the same non-zero platform share many parts
    std::vector<int> vehicleIds; // (year − firstYear) × engines.size() + engine → vehicles.id
};

struct VehicleRow
{
    int id;
    int generation;
    int year;
    int engine; // index into the generation's engines
};

class VehicleTable final
{
public:
    // Built once from the static table; immutable and shared by every thread.
    [[nodiscard]] static const VehicleTable &instance();

    [[nodiscard]] const std::vector<VehicleGeneration> &generations() const { return m_generations; }
    [[nodiscard]] const std::vector<VehicleRow> &vehicles() const { return m_vehicles; }
    [[nodiscard]] const VehicleRow &vehicle(int id) const { return m_vehicles[static_cast<std::size_t>(id - 1)]; }
    [[nodiscard]] int vehicleId(int generation, int year, int engine) const;
    // Generations by popularity (for fitment and for customers' cars).
    [[nodiscard]] std::size_t pickGeneration(Rng &rng) const { return m_byPopularity.pick(rng); }
    // Other generations of the same platform overlapping [firstYear, lastYear] (sister models).
    [[nodiscard]] const std::vector<int> &sisters(int generation) const
    {
        return m_sisters[static_cast<std::size_t>(generation)];
    }

    // A VIN for a vehicle of this generation and model year: WMI, a model-specific descriptor, the check digit,
    // the model-year code, a plant letter and a serial.
    [[nodiscard]] std::string makeVin(int generation, int year, int engine, Rng &rng) const;

private:
    VehicleTable();
    std::vector<VehicleGeneration> m_generations;
    std::vector<VehicleRow> m_vehicles;
    std::vector<std::vector<int>> m_sisters;
    WeightedTable m_byPopularity;
};

} // namespace nexus::demo
