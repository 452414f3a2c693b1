// nexus-bench: benchmark tools that print one JSON line per figure.
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return 0;
}
