// A stand-in "kernel": its BTF is the CO-RE target of core_values.bpf.c,
// with layouts that differ from what that program was compiled against.
// The expected relocated values in test_loader.c are computed by hand
// from the layouts below.
struct task_struct {
	long state;               /* 0 */
	int tgid;                 /* 8 */
	int pid;                  /* 12 */
	char comm[32];            /* 16 */
	struct {
		unsigned int x : 1;
		unsigned int a : 3;   /* bits 1-3 of the word at 48 */
		unsigned int b : 5;   /* bits 4-8 */
	} flags;                  /* 48 */
};

enum pid_type { PIDTYPE_PID = 10, PIDTYPE_TGID = 20 };

struct task_struct the_task;
enum pid_type the_pid_type;
