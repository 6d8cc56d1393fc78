// A pointer copied out of kernel memory with bpf_probe_read_kernel() and
// then dereferenced: the copy is bytes, a number to the verifier (`R1
// invalid mem access 'scalar'`).  The explanation must name the helper
// that filled the stack slot, not the zero the variable started as.
// read_inode_fixed applies the suggested fix as written.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct file { void *f_inode; };

SEC("kprobe/vfs_read")
int read_inode(struct file **pf)
{
	struct file *f = 0;
	void *ino;

	bpf_probe_read_kernel(&f, sizeof(f), pf);
	ino = f->f_inode;
	return ino != 0;
}

SEC("kprobe/vfs_read")
int read_inode_fixed(struct file **pf)
{
	struct file *f = 0;
	void *v;

	bpf_probe_read_kernel(&f, sizeof(f), pf);
	bpf_probe_read_kernel(&v, sizeof(v), &f->f_inode);
	return v != 0;
}
