// The vehicles table: generations of the models sold in Mexico (years, engines, plant WMI) expanded to rows.
#include "demo/vehicletable.h"

#include "vehicles/vin.h"

#include <QString>

#include <array>
#include <map>
#include <string_view>
#include <tuple>

namespace nexus::demo {

namespace {

struct RawGeneration
{
    const char *make;
    const char *model;
    int firstYear;
    int lastYear;
    const char *engines; // ';'-separated
    int popularity;
    const char *wmi;
    int platform;
};

// Popularity is a rough share of the Mexican car parc (Tsuru = 100). Year ranges are the model years sold
// in Mexico; WMIs are those of the plants that supplied the Mexican market.
constexpr RawGeneration kGenerations[] = {
    // Nissan
    { "Nissan", "Tsuru", 1992, 2017, "1.6L L4", 100, "3N1", 1 },
    { "Nissan", "Sentra", 2000, 2006, "1.8L L4", 40, "3N1", 1 },
    { "Nissan", "Sentra", 2007, 2012, "2.0L L4", 45, "3N1", 0 },
    { "Nissan", "Sentra", 2013, 2019, "1.8L L4", 50, "3N1", 0 },
    { "Nissan", "Sentra", 2020, 2025, "2.0L L4", 35, "3N1", 0 },
    { "Nissan", "Versa", 2012, 2019, "1.6L L4", 70, "3N1", 2 },
    { "Nissan", "Versa", 2020, 2025, "1.6L L4", 55, "3N1", 2 },
    { "Nissan", "March", 2012, 2025, "1.6L L4", 55, "3N1", 2 },
    { "Nissan", "Note", 2015, 2019, "1.6L L4", 10, "3N1", 2 },
    { "Nissan", "Tiida", 2007, 2018, "1.8L L4", 40, "3N1", 2 },
    { "Nissan", "Kicks", 2017, 2025, "1.6L L4", 35, "3N8", 2 },
    { "Nissan", "Platina", 2002, 2010, "1.6L L4", 20, "3N1", 3 },
    { "Nissan", "Pick-Up", 1993, 2008, "2.4L L4", 45, "3N6", 4 },
    { "Nissan", "NP300", 2009, 2015, "2.4L L4", 55, "3N6", 4 },
    { "Nissan", "NP300 Frontier", 2016, 2025, "2.5L L4;2.5L L4 Diésel", 45, "3N6", 4 },
    { "Nissan", "Frontier", 2005, 2015, "2.5L L4;4.0L V6", 15, "1N6", 4 },
    { "Nissan", "X-Trail", 2002, 2014, "2.5L L4", 12, "JN8", 5 },
    { "Nissan", "X-Trail", 2015, 2025, "2.5L L4", 20, "JN8", 5 },
    { "Nissan", "Altima", 2002, 2025, "2.5L L4;3.5L V6", 20, "1N4", 6 },
    { "Nissan", "Urvan", 1990, 2012, "2.4L L4", 25, "JN1", 0 },
    { "Nissan", "Urvan", 2013, 2025, "2.5L L4;2.5L L4 Diésel", 15, "JN1", 0 },
    { "Nissan", "Pathfinder", 2005, 2025, "4.0L V6;3.5L V6", 5, "5N1", 0 },
    // Volkswagen
    { "Volkswagen", "Sedán", 1990, 2003, "1.6L H4", 70, "3VW", 10 },
    { "Volkswagen", "Combi", 1990, 2002, "1.8L H4", 10, "WV2", 10 },
    { "Volkswagen", "Jetta", 1990, 1992, "1.8L L4", 10, "3VW", 11 },
    { "Volkswagen", "Jetta", 1993, 1999, "2.0L L4;1.8L L4", 30, "3VW", 11 },
    { "Volkswagen", "Jetta", 2000, 2006, "2.0L L4;1.8L L4 Turbo;1.9L L4 Diésel", 45, "3VW", 11 },
    { "Volkswagen", "Jetta Clásico", 2007, 2015, "2.0L L4", 40, "3VW", 11 },
    { "Volkswagen", "Jetta", 2007, 2010, "2.5L L5", 20, "3VW", 11 },
    { "Volkswagen", "Jetta", 2011, 2018, "2.0L L4;2.5L L5;1.4L L4 Turbo", 40, "3VW", 11 },
    { "Volkswagen", "Jetta", 2019, 2025, "1.4L L4 Turbo", 35, "3VW", 11 },
    { "Volkswagen", "Golf", 1993, 1999, "2.0L L4;1.8L L4", 15, "3VW", 11 },
    { "Volkswagen", "Golf", 2000, 2009, "2.0L L4;1.8L L4 Turbo", 15, "3VW", 11 },
    { "Volkswagen", "Golf", 2010, 2025, "2.5L L5;1.4L L4 Turbo;2.0L L4 Turbo", 15, "3VW", 11 },
    { "Volkswagen", "Beetle", 1998, 2011, "2.0L L4;1.8L L4 Turbo;2.5L L5", 20, "3VW", 11 },
    { "Volkswagen", "Beetle", 2012, 2019, "2.5L L5;2.0L L4 Turbo;1.4L L4 Turbo", 10, "3VW", 11 },
    { "Volkswagen", "Pointer", 1998, 2009, "1.8L L4;1.6L L4", 40, "9BW", 12 },
    { "Volkswagen", "Gol", 2009, 2023, "1.6L L4", 45, "9BW", 12 },
    { "Volkswagen", "Saveiro", 2010, 2023, "1.6L L4", 15, "9BW", 12 },
    { "Volkswagen", "Crossfox", 2006, 2018, "1.6L L4", 15, "9BW", 12 },
    { "Volkswagen", "Lupo", 2005, 2009, "1.6L L4", 10, "9BW", 12 },
    { "Volkswagen", "Up", 2016, 2021, "1.0L L3", 10, "9BW", 0 },
    { "Volkswagen", "Polo", 2003, 2009, "1.6L L4;2.0L L4", 15, "9BW", 13 },
    { "Volkswagen", "Polo", 2018, 2025, "1.6L L4", 20, "MEX", 13 },
    { "Volkswagen", "Vento", 2014, 2025, "1.6L L4", 40, "MEX", 13 },
    { "Volkswagen", "Derby", 1996, 2009, "1.8L L4;2.0L L4", 20, "VWV", 13 },
    { "Volkswagen", "Tiguan", 2009, 2025, "2.0L L4 Turbo;1.4L L4 Turbo", 15, "WVG", 14 },
    { "Volkswagen", "Caddy", 2004, 2025, "1.6L L4;1.9L L4 Diésel", 10, "WV1", 0 },
    { "Volkswagen", "Passat", 1998, 2019, "1.8L L4 Turbo;2.5L L5", 10, "WVW", 0 },
    { "Volkswagen", "Amarok", 2011, 2020, "2.0L L4 Diésel;2.0L L4 Turbo", 5, "WV1", 0 },
    { "Volkswagen", "Transporter", 2004, 2025, "2.0L L4 Diésel", 5, "WV1", 0 },
    // Chevrolet
    { "Chevrolet", "Chevy", 1994, 2012, "1.4L L4;1.6L L4", 90, "3G1", 20 },
    { "Chevrolet", "Corsa", 2002, 2008, "1.6L L4;1.8L L4", 25, "3G1", 20 },
    { "Chevrolet", "Tornado", 2004, 2019, "1.8L L4", 30, "9BG", 20 },
    { "Chevrolet", "Aveo", 2008, 2017, "1.6L L4", 75, "KL1", 21 },
    { "Chevrolet", "Aveo", 2018, 2023, "1.5L L4", 45, "LSG", 22 },
    { "Chevrolet", "Aveo", 2024, 2025, "1.5L L4", 20, "LSG", 22 },
    { "Chevrolet", "Sonic", 2012, 2017, "1.6L L4", 20, "3G1", 21 },
    { "Chevrolet", "Spark", 2011, 2022, "1.2L L4;1.4L L4", 40, "KL8", 23 },
    { "Chevrolet", "Beat", 2018, 2021, "1.2L L4", 20, "MA6", 23 },
    { "Chevrolet", "Cruze", 2010, 2019, "1.8L L4;1.4L L4 Turbo", 20, "3G1", 24 },
    { "Chevrolet", "Optra", 2006, 2010, "1.8L L4", 15, "KL1", 0 },
    { "Chevrolet", "Astra", 2000, 2008, "1.8L L4;2.0L L4;2.4L L4", 15, "W0L", 0 },
    { "Chevrolet", "Cavalier", 1990, 2005, "2.2L L4;2.4L L4", 25, "1G1", 25 },
    { "Chevrolet", "Cavalier", 2018, 2025, "1.5L L4", 20, "LSG", 22 },
    { "Chevrolet", "Malibu", 1997, 2003, "2.4L L4;3.1L V6", 15, "1G1", 25 },
    { "Chevrolet", "Malibu", 2004, 2012, "2.4L L4;3.5L V6", 15, "1G1", 0 },
    { "Chevrolet", "Malibu", 2013, 2025, "2.5L L4;1.5L L4 Turbo", 10, "1G1", 0 },
    { "Chevrolet", "Onix", 2021, 2025, "1.0L L3 Turbo;1.2L L3 Turbo", 15, "9BG", 0 },
    { "Chevrolet", "Cheyenne", 1990, 1998, "5.7L V8;4.3L V6;5.0L V8", 40, "3GC", 26 },
    { "Chevrolet", "Silverado", 1999, 2006, "4.8L V8;5.3L V8;4.3L V6", 40, "3GC", 26 },
    { "Chevrolet", "Silverado", 2007, 2013, "4.8L V8;5.3L V8;4.3L V6", 40, "3GC", 26 },
    { "Chevrolet", "Silverado", 2014, 2018, "5.3L V8;4.3L V6", 35, "3GC", 26 },
    { "Chevrolet", "Silverado", 2019, 2025, "5.3L V8;2.7L L4 Turbo;6.2L V8", 35, "3GC", 26 },
    { "Chevrolet", "Cheyenne", 2014, 2025, "5.3L V8;6.2L V8", 20, "3GC", 26 },
    { "Chevrolet", "Suburban", 1992, 1999, "5.7L V8", 10, "3GN", 26 },
    { "Chevrolet", "Suburban", 2000, 2014, "5.3L V8", 15, "3GN", 26 },
    { "Chevrolet", "Suburban", 2015, 2025, "5.3L V8;6.2L V8", 10, "1GN", 26 },
    { "Chevrolet", "Tahoe", 1995, 1999, "5.7L V8", 10, "1GN", 26 },
    { "Chevrolet", "Tahoe", 2000, 2025, "5.3L V8", 15, "1GN", 26 },
    { "Chevrolet", "Avalanche", 2002, 2013, "5.3L V8", 5, "3GN", 26 },
    { "Chevrolet", "S10", 1994, 2004, "2.2L L4;4.3L V6", 20, "1GC", 0 },
    { "Chevrolet", "Colorado", 2005, 2012, "2.9L L4;3.7L L5;5.3L V8", 5, "1GC", 0 },
    { "Chevrolet", "Colorado", 2017, 2025, "3.6L V6;2.8L L4 Diésel", 5, "1GC", 0 },
    { "Chevrolet", "Captiva", 2008, 2017, "2.4L L4;3.0L V6", 15, "3GN", 27 },
    { "Chevrolet", "Captiva", 2019, 2025, "1.5L L4 Turbo", 10, "LSG", 0 },
    { "Chevrolet", "Equinox", 2005, 2009, "3.4L V6", 5, "2CN", 27 },
    { "Chevrolet", "Equinox", 2010, 2017, "2.4L L4;3.0L V6", 10, "2GN", 27 },
    { "Chevrolet", "Equinox", 2018, 2025, "1.5L L4 Turbo", 15, "3GN", 27 },
    { "Chevrolet", "Trax", 2013, 2025, "1.8L L4;1.4L L4 Turbo;1.2L L3 Turbo", 25, "3GN", 21 },
    { "Chevrolet", "Express", 1996, 2025, "4.3L V6;5.3L V8;6.0L V8", 10, "1GC", 26 },
    // Ford
    { "Ford", "F-150", 1990, 1996, "4.9L L6;5.0L V8;5.8L V8", 20, "1FT", 30 },
    { "Ford", "F-150", 1997, 2003, "4.2L V6;4.6L V8;5.4L V8", 30, "1FT", 30 },
    { "Ford", "Lobo", 1997, 2014, "4.6L V8;5.4L V8", 35, "3FT", 30 },
    { "Ford", "F-150", 2004, 2008, "4.2L V6;4.6L V8;5.4L V8", 25, "1FT", 30 },
    { "Ford", "F-150", 2009, 2014, "4.6L V8;5.4L V8;3.7L V6;5.0L V8;3.5L V6 Turbo", 25, "1FT", 30 },
    { "Ford", "F-150", 2015, 2025, "3.5L V6 Turbo;5.0L V8;2.7L V6 Turbo;3.3L V6", 30, "1FT", 30 },
    { "Ford", "F-250", 1999, 2016, "5.4L V8;6.8L V10;6.2L V8", 15, "1FT", 30 },
    { "Ford", "F-250 Super Duty", 2017, 2025, "6.2L V8;6.7L V8 Diésel", 5, "1FT", 30 },
    { "Ford", "Ranger", 1993, 2000, "2.3L L4;2.5L L4;4.0L V6", 25, "1FT", 31 },
    { "Ford", "Ranger", 2001, 2012, "2.3L L4;4.0L V6", 35, "1FT", 31 },
    { "Ford", "Ranger", 2013, 2019, "2.5L L4;3.2L L5 Diésel", 15, "8AF", 31 },
    { "Ford", "Ranger", 2020, 2025, "2.5L L4;2.0L L4 Diésel", 10, "8AF", 31 },
    { "Ford", "Courier", 2001, 2012, "1.6L L4", 15, "9BF", 32 },
    { "Ford", "Ka", 2001, 2008, "1.6L L4", 20, "9BF", 32 },
    { "Ford", "Ikon", 2001, 2015, "1.6L L4", 45, "9BF", 32 },
    { "Ford", "Fiesta", 2003, 2010, "1.6L L4", 35, "9BF", 32 },
    { "Ford", "Fiesta", 2011, 2019, "1.6L L4", 30, "3FA", 33 },
    { "Ford", "Figo", 2016, 2021, "1.5L L4", 20, "MAJ", 32 },
    { "Ford", "EcoSport", 2004, 2012, "1.6L L4;2.0L L4", 25, "9BF", 32 },
    { "Ford", "EcoSport", 2013, 2021, "1.6L L4;2.0L L4", 20, "MAJ", 33 },
    { "Ford", "Focus", 2000, 2007, "2.0L L4", 30, "1FA", 33 },
    { "Ford", "Focus", 2008, 2011, "2.0L L4", 15, "1FA", 33 },
    { "Ford", "Focus", 2012, 2018, "2.0L L4", 20, "1FA", 33 },
    { "Ford", "Contour", 1995, 2000, "2.0L L4;2.5L V6", 10, "3FA", 0 },
    { "Ford", "Fusion", 2006, 2012, "2.3L L4;3.0L V6;2.5L L4", 15, "3FA", 34 },
    { "Ford", "Fusion", 2013, 2020, "2.5L L4;2.0L L4 Turbo", 15, "3FA", 34 },
    { "Ford", "Escape", 2001, 2007, "2.0L L4;3.0L V6", 20, "1FM", 34 },
    { "Ford", "Escape", 2008, 2012, "2.5L L4;3.0L V6", 15, "1FM", 34 },
    { "Ford", "Escape", 2013, 2025, "2.5L L4;1.5L L4 Turbo;2.0L L4 Turbo", 20, "1FM", 34 },
    { "Ford", "Explorer", 1991, 2001, "4.0L V6", 15, "1FM", 35 },
    { "Ford", "Explorer", 2002, 2010, "4.0L V6;4.6L V8", 10, "1FM", 35 },
    { "Ford", "Explorer", 2011, 2025, "3.5L V6;2.3L L4 Turbo", 10, "1FM", 35 },
    { "Ford", "Expedition", 1997, 2017, "5.4L V8", 5, "1FM", 30 },
    { "Ford", "Windstar", 1995, 2003, "3.8L V6", 10, "2FM", 0 },
    { "Ford", "Grand Marquis", 1992, 2011, "4.6L V8", 15, "2ME", 0 },
    { "Ford", "Mustang", 1994, 2004, "3.8L V6;4.6L V8", 10, "1FA", 36 },
    { "Ford", "Mustang", 2005, 2014, "4.0L V6;4.6L V8;3.7L V6;5.0L V8", 10, "1FA", 36 },
    { "Ford", "Mustang", 2015, 2025, "2.3L L4 Turbo;5.0L V8", 10, "1FA", 36 },
    { "Ford", "Transit", 2014, 2025, "3.2L L5 Diésel;2.2L L4 Diésel;3.5L V6", 10, "WF0", 0 },
    // Toyota
    { "Toyota", "Hilux", 2005, 2015, "2.7L L4", 25, "8AJ", 40 },
    { "Toyota", "Hilux", 2016, 2025, "2.7L L4;2.4L L4 Diésel", 30, "MR0", 40 },
    { "Toyota", "Tacoma", 2005, 2015, "2.7L L4;4.0L V6", 20, "5TF", 41 },
    { "Toyota", "Tacoma", 2016, 2025, "2.7L L4;3.5L V6", 25, "3TM", 41 },
    { "Toyota", "Tundra", 2007, 2021, "5.7L V8;4.6L V8", 10, "5TF", 41 },
    { "Toyota", "Corolla", 2003, 2008, "1.8L L4", 35, "2T1", 42 },
    { "Toyota", "Corolla", 2009, 2013, "1.8L L4;2.4L L4", 35, "2T1", 42 },
    { "Toyota", "Corolla", 2014, 2019, "1.8L L4", 35, "2T1", 42 },
    { "Toyota", "Corolla", 2020, 2025, "2.0L L4;1.8L L4 Híbrido", 30, "JTD", 42 },
    { "Toyota", "Yaris", 2006, 2013, "1.5L L4", 30, "JTD", 43 },
    { "Toyota", "Yaris", 2014, 2019, "1.5L L4", 25, "VNK", 43 },
    { "Toyota", "Yaris R", 2016, 2019, "1.5L L4", 15, "3MY", 50 },
    { "Toyota", "Camry", 2002, 2006, "2.4L L4;3.0L V6", 15, "4T1", 44 },
    { "Toyota", "Camry", 2007, 2011, "2.4L L4;3.5L V6", 15, "4T1", 44 },
    { "Toyota", "Camry", 2012, 2017, "2.5L L4;3.5L V6", 15, "4T1", 44 },
    { "Toyota", "Camry", 2018, 2025, "2.5L L4;3.5L V6;2.5L L4 Híbrido", 15, "4T1", 44 },
    { "Toyota", "RAV4", 2002, 2005, "2.4L L4", 10, "JTM", 44 },
    { "Toyota", "RAV4", 2006, 2012, "2.4L L4;3.5L V6", 15, "JTM", 44 },
    { "Toyota", "RAV4", 2013, 2018, "2.5L L4", 20, "JTM", 44 },
    { "Toyota", "RAV4", 2019, 2025, "2.5L L4;2.5L L4 Híbrido", 20, "2T3", 44 },
    { "Toyota", "Avanza", 2012, 2025, "1.5L L4", 25, "MHK", 0 },
    { "Toyota", "Sienna", 2004, 2006, "3.3L V6", 10, "5TD", 44 },
    { "Toyota", "Sienna", 2007, 2020, "3.5L V6", 15, "5TD", 44 },
    { "Toyota", "Sienna", 2021, 2025, "2.5L L4 Híbrido", 5, "5TD", 44 },
    { "Toyota", "Hiace", 2006, 2025, "2.7L L4;3.0L L4 Diésel", 10, "JTF", 40 },
    { "Toyota", "Prius", 2010, 2025, "1.8L L4 Híbrido", 10, "JTD", 42 },
    // Honda
    { "Honda", "Civic", 1993, 2000, "1.6L L4", 25, "2HG", 50 },
    { "Honda", "Civic", 2001, 2005, "1.7L L4", 30, "2HG", 50 },
    { "Honda", "Civic", 2006, 2011, "1.8L L4", 35, "2HG", 50 },
    { "Honda", "Civic", 2012, 2015, "1.8L L4", 25, "2HG", 50 },
    { "Honda", "Civic", 2016, 2021, "2.0L L4;1.5L L4 Turbo", 30, "2HG", 50 },
    { "Honda", "Civic", 2022, 2025, "2.0L L4;1.5L L4 Turbo", 15, "2HG", 50 },
    { "Honda", "CR-V", 1997, 2001, "2.0L L4", 10, "JHL", 51 },
    { "Honda", "CR-V", 2002, 2006, "2.4L L4", 15, "JHL", 51 },
    { "Honda", "CR-V", 2007, 2011, "2.4L L4", 20, "3CZ", 51 },
    { "Honda", "CR-V", 2012, 2016, "2.4L L4", 20, "5J6", 51 },
    { "Honda", "CR-V", 2017, 2025, "1.5L L4 Turbo;2.4L L4", 25, "5J6", 51 },
    { "Honda", "Accord", 1990, 1997, "2.2L L4", 15, "1HG", 52 },
    { "Honda", "Accord", 1998, 2002, "2.3L L4;3.0L V6", 15, "1HG", 52 },
    { "Honda", "Accord", 2003, 2007, "2.4L L4;3.0L V6", 20, "1HG", 52 },
    { "Honda", "Accord", 2008, 2012, "2.4L L4;3.5L V6", 20, "1HG", 52 },
    { "Honda", "Accord", 2013, 2017, "2.4L L4;3.5L V6", 15, "1HG", 52 },
    { "Honda", "Accord", 2018, 2025, "1.5L L4 Turbo;2.0L L4 Turbo", 10, "1HG", 52 },
    { "Honda", "Fit", 2007, 2020, "1.5L L4", 25, "3HG", 53 },
    { "Honda", "City", 2009, 2025, "1.5L L4", 20, "3HG", 53 },
    { "Honda", "HR-V", 2016, 2025, "1.8L L4;1.5L L4", 20, "3CZ", 53 },
    { "Honda", "Odyssey", 1999, 2025, "3.5L V6", 10, "5FN", 52 },
    { "Honda", "Pilot", 2003, 2025, "3.5L V6", 10, "5FN", 52 },
    // Dodge, RAM, Chrysler, Jeep
    { "Dodge", "Ram 1500", 1994, 2001, "5.2L V8;5.9L V8;3.9L V6", 20, "3B7", 60 },
    { "Dodge", "Ram 1500", 2002, 2009, "4.7L V8;5.7L V8;3.7L V6", 25, "3D7", 60 },
    { "RAM", "1500", 2010, 2012, "4.7L V8;5.7L V8;3.7L V6", 25, "3C6", 60 },
    { "RAM", "1500", 2013, 2025, "5.7L V8;3.6L V6", 35, "3C6", 60 },
    { "RAM", "2500", 2010, 2025, "5.7L V8;6.4L V8;6.7L L6 Diésel", 10, "3C6", 60 },
    { "RAM", "4000", 2010, 2025, "5.7L V8", 10, "3C7", 60 },
    { "RAM", "700", 2015, 2025, "1.6L L4;1.4L L4", 20, "9BD", 61 },
    { "Dodge", "Dakota", 1990, 2004, "3.9L V6;5.2L V8", 15, "1B7", 60 },
    { "Dodge", "Dakota", 2005, 2011, "3.7L V6;4.7L V8", 10, "1D7", 60 },
    { "Dodge", "Atos", 2001, 2012, "1.1L L4", 25, "MAL", 0 },
    { "Dodge", "H100", 2001, 2012, "2.5L L4 Diésel;2.4L L4", 10, "KMF", 0 },
    { "Dodge", "Attitude", 2006, 2011, "1.4L L4;1.6L L4", 35, "KMH", 62 },
    { "Dodge", "Attitude", 2012, 2014, "1.4L L4;1.6L L4", 20, "KMH", 62 },
    { "Dodge", "Attitude", 2015, 2025, "1.2L L3", 30, "ML3", 63 },
    { "Dodge", "Neon", 1995, 2005, "2.0L L4", 35, "1B3", 64 },
    { "Dodge", "Neon", 2017, 2020, "1.6L L4;2.4L L4", 10, "NM4", 0 },
    { "Dodge", "Stratus", 1995, 2006, "2.4L L4;2.7L V6;2.0L L4", 15, "1B3", 64 },
    { "Dodge", "Avenger", 2008, 2014, "2.4L L4;3.5L V6", 10, "1B3", 0 },
    { "Dodge", "Journey", 2009, 2020, "2.4L L4;3.6L V6", 20, "3C4", 0 },
    { "Dodge", "Caravan", 1991, 2007, "3.3L V6;3.8L V6;2.4L L4", 15, "2B4", 65 },
    { "Dodge", "Grand Caravan", 2008, 2020, "3.8L V6;3.6L V6", 15, "2C4", 65 },
    { "Dodge", "Durango", 1998, 2003, "5.2L V8;5.9L V8;4.7L V8", 5, "1B4", 60 },
    { "Dodge", "Durango", 2004, 2009, "4.7L V8;5.7L V8", 5, "1D4", 60 },
    { "Dodge", "Durango", 2011, 2025, "3.6L V6;5.7L V8", 10, "1C4", 66 },
    { "Dodge", "Charger", 2006, 2010, "3.5L V6;5.7L V8", 10, "2B3", 66 },
    { "Dodge", "Charger", 2011, 2023, "3.6L V6;5.7L V8;6.4L V8", 15, "2C3", 66 },
    { "Chrysler", "PT Cruiser", 2001, 2010, "2.4L L4", 20, "3C4", 64 },
    { "Chrysler", "300", 2005, 2010, "3.5L V6;5.7L V8", 5, "2C3", 66 },
    { "Chrysler", "300", 2011, 2023, "3.6L V6;5.7L V8", 5, "2C3", 66 },
    { "Jeep", "Cherokee", 1990, 2001, "4.0L L6;2.5L L4", 15, "1J4", 67 },
    { "Jeep", "Liberty", 2002, 2012, "3.7L V6;2.4L L4", 15, "1J4", 67 },
    { "Jeep", "Cherokee", 2014, 2023, "2.4L L4;3.2L V6", 10, "1C4", 0 },
    { "Jeep", "Grand Cherokee", 1993, 1998, "4.0L L6;5.2L V8", 10, "1J4", 67 },
    { "Jeep", "Grand Cherokee", 1999, 2004, "4.0L L6;4.7L V8", 10, "1J4", 67 },
    { "Jeep", "Grand Cherokee", 2005, 2010, "3.7L V6;4.7L V8;5.7L V8", 10, "1J8", 67 },
    { "Jeep", "Grand Cherokee", 2011, 2025, "3.6L V6;5.7L V8", 15, "1C4", 66 },
    { "Jeep", "Wrangler", 1990, 2006, "4.0L L6;2.5L L4", 10, "1J4", 67 },
    { "Jeep", "Wrangler", 2007, 2017, "3.8L V6;3.6L V6", 10, "1J4", 67 },
    { "Jeep", "Wrangler", 2018, 2025, "3.6L V6;2.0L L4 Turbo", 10, "1C4", 66 },
    { "Jeep", "Compass", 2007, 2016, "2.4L L4;2.0L L4", 15, "1J4", 68 },
    { "Jeep", "Compass", 2017, 2025, "2.4L L4;1.3L L4 Turbo", 20, "3C4", 68 },
    { "Jeep", "Patriot", 2007, 2017, "2.4L L4;2.0L L4", 15, "1J4", 68 },
    // Kia and Hyundai
    { "Kia", "Rio", 2016, 2025, "1.6L L4", 35, "3KP", 70 },
    { "Kia", "Forte", 2014, 2025, "2.0L L4;1.6L L4 Turbo", 25, "3KP", 71 },
    { "Kia", "Sportage", 2016, 2025, "2.0L L4;2.4L L4", 25, "KND", 72 },
    { "Kia", "Soul", 2016, 2025, "1.6L L4;2.0L L4", 15, "KNA", 71 },
    { "Kia", "Seltos", 2020, 2025, "1.6L L4;1.4L L4 Turbo", 20, "KND", 72 },
    { "Kia", "Sorento", 2016, 2025, "2.4L L4;3.3L V6", 10, "5XY", 72 },
    { "Hyundai", "Accent", 2015, 2017, "1.6L L4", 15, "KMH", 70 },
    { "Hyundai", "Accent", 2018, 2023, "1.6L L4", 25, "3KP", 70 },
    { "Hyundai", "Elantra", 2014, 2025, "2.0L L4;1.8L L4", 15, "KMH", 71 },
    { "Hyundai", "Tucson", 2014, 2025, "2.0L L4;2.4L L4", 15, "KM8", 72 },
    { "Hyundai", "Grand i10", 2015, 2025, "1.2L L4", 30, "MAL", 0 },
    { "Hyundai", "Creta", 2017, 2025, "1.6L L4", 15, "MAL", 72 },
    { "Hyundai", "Santa Fe", 2014, 2025, "2.4L L4;3.3L V6;2.0L L4 Turbo", 5, "5NM", 72 },
    // Mazda
    { "Mazda", "Mazda 3", 2004, 2009, "2.0L L4;2.3L L4", 20, "JM1", 80 },
    { "Mazda", "Mazda 3", 2010, 2013, "2.0L L4;2.5L L4", 20, "JM1", 80 },
    { "Mazda", "Mazda 3", 2014, 2018, "2.0L L4;2.5L L4", 25, "3MZ", 80 },
    { "Mazda", "Mazda 3", 2019, 2025, "2.5L L4;2.0L L4", 20, "3MZ", 80 },
    { "Mazda", "Mazda 2", 2011, 2015, "1.5L L4", 15, "JM1", 81 },
    { "Mazda", "Mazda 2", 2016, 2025, "1.5L L4", 20, "3MD", 50 },
    { "Mazda", "Mazda 6", 2003, 2008, "2.3L L4;3.0L V6", 10, "1YV", 82 },
    { "Mazda", "Mazda 6", 2009, 2021, "2.5L L4", 10, "JM1", 82 },
    { "Mazda", "CX-3", 2016, 2025, "2.0L L4", 15, "JM1", 81 },
    { "Mazda", "CX-5", 2013, 2025, "2.0L L4;2.5L L4", 20, "JM3", 82 },
    { "Mazda", "CX-7", 2007, 2012, "2.3L L4 Turbo;2.5L L4", 5, "JM3", 82 },
    { "Mazda", "CX-30", 2020, 2025, "2.5L L4;2.0L L4", 15, "3MV", 80 },
    // Mitsubishi
    { "Mitsubishi", "L200", 2008, 2015, "2.4L L4;2.5L L4 Diésel", 15, "MMB", 0 },
    { "Mitsubishi", "L200", 2016, 2025, "2.4L L4;2.4L L4 Diésel", 15, "MMB", 0 },
    { "Mitsubishi", "Lancer", 2003, 2017, "2.0L L4;2.4L L4", 15, "JA3", 0 },
    { "Mitsubishi", "Outlander", 2003, 2025, "2.4L L4;3.0L V6", 10, "JA4", 0 },
    { "Mitsubishi", "Mirage", 2014, 2025, "1.2L L3", 20, "ML3", 63 },
    // Renault
    { "Renault", "Clio", 2002, 2010, "1.6L L4", 20, "VF1", 3 },
    { "Renault", "Megane", 2000, 2009, "2.0L L4;1.6L L4", 10, "VF1", 0 },
    { "Renault", "Scala", 2011, 2013, "1.6L L4", 10, "MEE", 2 },
    { "Renault", "Sandero", 2009, 2025, "1.6L L4", 25, "93Y", 90 },
    { "Renault", "Stepway", 2009, 2025, "1.6L L4", 20, "93Y", 90 },
    { "Renault", "Logan", 2015, 2025, "1.6L L4", 25, "9FB", 90 },
    { "Renault", "Duster", 2013, 2025, "1.6L L4;2.0L L4", 25, "9FB", 90 },
    { "Renault", "Oroch", 2016, 2025, "2.0L L4", 5, "9FB", 90 },
    { "Renault", "Kangoo", 2005, 2025, "1.6L L4", 15, "8A1", 91 },
    { "Renault", "Koleos", 2009, 2025, "2.5L L4", 10, "VF1", 5 },
    { "Renault", "Kwid", 2019, 2025, "1.0L L3", 20, "93Y", 0 },
    // Seat
    { "Seat", "Ibiza", 2003, 2008, "2.0L L4;1.8L L4 Turbo;1.6L L4", 15, "VSS", 13 },
    { "Seat", "Ibiza", 2009, 2017, "1.6L L4;2.0L L4;1.2L L4 Turbo", 15, "VSS", 13 },
    { "Seat", "Ibiza", 2018, 2025, "1.6L L4;1.0L L3 Turbo", 10, "VSS", 13 },
    { "Seat", "León", 2000, 2005, "2.0L L4;1.8L L4 Turbo", 10, "VSS", 11 },
    { "Seat", "León", 2006, 2012, "2.0L L4;2.0L L4 Turbo", 10, "VSS", 11 },
    { "Seat", "León", 2013, 2025, "1.4L L4 Turbo;1.8L L4 Turbo", 10, "VSS", 11 },
    { "Seat", "Toledo", 1999, 2004, "2.0L L4;1.8L L4", 10, "VSS", 11 },
    { "Seat", "Córdoba", 2000, 2009, "2.0L L4;1.6L L4", 15, "VSS", 13 },
    { "Seat", "Ateca", 2017, 2025, "1.4L L4 Turbo;2.0L L4 Turbo", 10, "VSS", 14 },
    // Suzuki, Peugeot, Fiat, Isuzu and a few European premium makes
    { "Suzuki", "Swift", 2009, 2017, "1.4L L4", 15, "JS2", 0 },
    { "Suzuki", "Swift", 2018, 2025, "1.2L L4", 15, "MA3", 0 },
    { "Suzuki", "Vitara", 2016, 2025, "1.6L L4;1.4L L4 Turbo", 10, "TSM", 0 },
    { "Suzuki", "Grand Vitara", 2006, 2015, "2.4L L4;2.0L L4", 10, "JS3", 0 },
    { "Suzuki", "Ertiga", 2016, 2025, "1.4L L4;1.5L L4", 10, "MA3", 0 },
    { "Suzuki", "Ciaz", 2016, 2022, "1.4L L4;1.5L L4", 10, "MA3", 0 },
    { "Peugeot", "206", 2000, 2010, "1.6L L4;1.4L L4", 20, "VF3", 95 },
    { "Peugeot", "207", 2008, 2013, "1.6L L4", 10, "VF3", 95 },
    { "Peugeot", "208", 2013, 2025, "1.6L L4;1.2L L3 Turbo", 10, "VF3", 95 },
    { "Peugeot", "301", 2014, 2021, "1.6L L4", 10, "VF3", 95 },
    { "Peugeot", "Partner", 2003, 2025, "1.6L L4", 10, "VF3", 95 },
    { "Peugeot", "3008", 2010, 2025, "1.6L L4 Turbo", 5, "VF3", 95 },
    { "Fiat", "Strada", 2004, 2014, "1.6L L4;1.8L L4", 10, "9BD", 61 },
    { "Fiat", "Palio", 2004, 2012, "1.6L L4;1.8L L4", 10, "9BD", 61 },
    { "Fiat", "Uno", 2005, 2015, "1.4L L4", 10, "9BD", 61 },
    { "Fiat", "Mobi", 2017, 2022, "1.0L L4", 10, "9BD", 61 },
    { "Fiat", "Ducato", 2006, 2025, "2.3L L4 Diésel", 5, "ZFA", 0 },
    { "Isuzu", "ELF 400", 2008, 2025, "3.0L L4 Diésel", 5, "JAL", 0 },
    { "Audi", "A3", 2006, 2025, "1.8L L4 Turbo;2.0L L4 Turbo;1.4L L4 Turbo", 5, "WAU", 11 },
    { "Audi", "A4", 2002, 2025, "1.8L L4 Turbo;2.0L L4 Turbo;3.2L V6", 5, "WAU", 0 },
    { "BMW", "Serie 3", 2000, 2025, "2.5L L6;3.0L L6;2.0L L4 Turbo", 5, "WBA", 0 },
    { "Mercedes-Benz", "Clase C", 2001, 2025, "1.8L L4 Turbo;2.0L L4 Turbo;2.5L V6", 5, "WDD", 0 },
    { "Mercedes-Benz", "Sprinter", 2003, 2025, "2.1L L4 Diésel;3.0L V6 Diésel", 5, "WDB", 0 },
};

// Letters and digits a VIN may use (no I, O, Q).
constexpr std::string_view kVinChars = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

std::vector<std::string> splitEngines(const char *text)
{
    std::vector<std::string> engines;
    std::string current;
    for (const char *p = text; *p != '\0'; ++p) {
        if (*p == ';') {
            engines.push_back(current);
            current.clear();
        } else {
            current.push_back(*p);
        }
    }
    engines.push_back(current);
    return engines;
}

} // namespace

const VehicleTable &VehicleTable::instance()
{
    static const VehicleTable table;
    return table;
}

VehicleTable::VehicleTable()
{
    // (make, model, year, engine) is unique in the schema; a later generation that repeats one reuses the row.
    std::map<std::tuple<std::string_view, std::string_view, int, std::string>, int> seen;
    for (const RawGeneration &raw : kGenerations) {
        VehicleGeneration generation { raw.make, raw.model, raw.firstYear, raw.lastYear, splitEngines(raw.engines),
            raw.popularity, raw.wmi, raw.platform, {} };
        const int index = static_cast<int>(m_generations.size());
        for (int year = raw.firstYear; year <= raw.lastYear; ++year)
            for (int engine = 0; engine < static_cast<int>(generation.engines.size()); ++engine) {
                const auto key = std::make_tuple(std::string_view(raw.make), std::string_view(raw.model), year,
                    generation.engines[static_cast<std::size_t>(engine)]);
                const auto found = seen.find(key);
                if (found != seen.end()) {
                    generation.vehicleIds.push_back(found->second);
                    continue;
                }
                const int id = static_cast<int>(m_vehicles.size()) + 1;
                m_vehicles.push_back({ id, index, year, engine });
                seen.emplace(key, id);
                generation.vehicleIds.push_back(id);
            }
        m_byPopularity.add(static_cast<std::uint32_t>(raw.popularity));
        m_generations.push_back(std::move(generation));
    }
    // Sister models: same platform, overlapping years.
    m_sisters.resize(m_generations.size());
    for (std::size_t g = 0; g < m_generations.size(); ++g)
        for (std::size_t o = 0; o < m_generations.size(); ++o) {
            const VehicleGeneration &a = m_generations[g];
            const VehicleGeneration &b = m_generations[o];
            if (o != g && a.platform != 0 && b.platform == a.platform && b.firstYear <= a.lastYear
                && b.lastYear >= a.firstYear)
                m_sisters[g].push_back(static_cast<int>(o));
        }
}

int VehicleTable::vehicleId(int generation, int year, int engine) const
{
    const VehicleGeneration &g = m_generations[static_cast<std::size_t>(generation)];
    return g.vehicleIds[static_cast<std::size_t>((year - g.firstYear) * static_cast<int>(g.engines.size()) + engine)];
}

std::string VehicleTable::makeVin(int generation, int year, int engine, Rng &rng) const
{
    const VehicleGeneration &g = m_generations[static_cast<std::size_t>(generation)];
    std::string vin(g.wmi);
    // Positions 4–8 describe the model, body and engine: fixed per generation and engine, like a real VDS.
    std::uint64_t state
        = streamDomain(g.model) ^ (static_cast<std::uint64_t>(g.firstYear) << 20) ^ static_cast<std::uint64_t>(engine);
    for (int i = 0; i < 5; ++i)
        vin.push_back(kVinChars[splitMix64(state) % kVinChars.size()]);
    vin.push_back('0'); // check digit, computed below
    vin.push_back(vinModelYearCode(year).toLatin1());
    vin.push_back(kVinChars[10 + rng.index(kVinChars.size() - 10)]); // plant
    for (int i = 0; i < 6; ++i)
        vin.push_back(static_cast<char>('0' + rng.below(10)));
    vin[8] = vinCheckDigit(QString::fromLatin1(vin.data(), static_cast<qsizetype>(vin.size()))).toLatin1();
    return vin;
}

} // namespace nexus::demo
