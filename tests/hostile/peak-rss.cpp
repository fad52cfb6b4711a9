// Runs a program and reports how it ended and its peak resident set size, exactly: the
// kernel keeps the high-water mark of every process and wait4() hands it to the parent
// (ru_maxrss, in KiB on Linux), so nothing is sampled and no short peak is missed.
//   peak-rss REPORT-FILE PROGRAM [ARGUMENTS...]
// The report holds "exit N" (or "signal N") and "maxrss_kib N". The launcher exits as
// the program did. SIGTERM or SIGINT to the launcher kills the program (the test's
// watchdog ends a hung run this way), and the program dies with the launcher.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
volatile sig_atomic_t child = 0;

void killChild(int)
{
    if (child > 0)
        kill(child, SIGKILL);
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fputs("usage: peak-rss REPORT-FILE PROGRAM [ARGUMENTS...]\n", stderr);
        return 64;
    }
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("peak-rss: fork");
        return 70;
    }
    if (pid == 0) {
        // Killed with the launcher, so a killed watchdog leaves no runner behind.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(127);
        execv(argv[2], argv + 2);
        std::perror("peak-rss: exec");
        _exit(127);
    }
    child = pid;
    struct sigaction action = {};
    action.sa_handler = killChild;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    int status = 0;
    struct rusage usage = {};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("peak-rss: wait4");
            return 70;
        }
    }
    FILE *report = std::fopen(argv[1], "w");
    if (!report) {
        std::perror("peak-rss: report file");
        return 70;
    }
    if (WIFEXITED(status))
        std::fprintf(report, "exit %d\n", WEXITSTATUS(status));
    else
        std::fprintf(report, "signal %d\n", WTERMSIG(status));
    std::fprintf(report, "maxrss_kib %ld\n", usage.ru_maxrss);
    std::fclose(report);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
