// bpf_timer: the timer field, its map, and the callback verified as a
// program of its own (with its own stack).  Verdicts and level-2 logs are
// compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CLOCK_MONOTONIC 1

struct session {
	__u64 last_seen;
	struct bpf_timer expire;
	__u32 packets;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, struct session);
} sessions SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, struct session);
} other SEC(".maps");

static int expire(void *map, __u32 *key, struct session *s)
{
	if (s->packets == 0)
		bpf_map_delete_elem(map, key);
	s->packets = 0;
	return 0;
}

static int expire_says_one(void *map, __u32 *key, struct session *s)
{
	return 1; /* rejected: a timer callback returns 0 */
}

static int expire_reads_past(void *map, __u32 *key, struct session *s)
{
	((volatile __u32 *)s)[8] = 1; /* rejected: past the 32-byte value */
	return 0;
}

static int expire_big_stack(void *map, __u32 *key, struct session *s)
{
	volatile char scratch[400];

	scratch[s->packets & 255] = 1;
	return scratch[0] & 0;
}

static __attribute__((always_inline)) int arm(struct __sk_buff *skb, void *cb)
{
	__u32 key = skb->ifindex;
	struct session *s = bpf_map_lookup_elem(&sessions, &key);

	if (!s)
		return 0;
	s->packets++;
	bpf_timer_init(&s->expire, &sessions, CLOCK_MONOTONIC);
	bpf_timer_set_callback(&s->expire, cb);
	bpf_timer_start(&s->expire, 1000000000, 0);
	return 0;
}

SEC("tc")
int timer_armed(struct __sk_buff *skb)
{
	return arm(skb, expire);
}

SEC("tc")
int timer_callback_returns_one(struct __sk_buff *skb)
{
	return arm(skb, expire_says_one);
}

SEC("tc")
int timer_callback_out_of_bounds(struct __sk_buff *skb)
{
	return arm(skb, expire_reads_past);
}

/* 300 bytes here and 400 in the callback: separate stacks */
SEC("tc")
int timer_callback_own_stack(struct __sk_buff *skb)
{
	volatile char buf[300];

	buf[skb->len & 255] = 1;
	return arm(skb, expire_big_stack) + (buf[1] & 0);
}

SEC("tc")
int timer_not_the_timer(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct session *s = bpf_map_lookup_elem(&sessions, &key);

	if (!s)
		return 0;
	/* rejected: the timer is at offset 8 */
	bpf_timer_init((struct bpf_timer *)&s->packets, &sessions, CLOCK_MONOTONIC);
	return 0;
}

SEC("tc")
int timer_other_map(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct session *s = bpf_map_lookup_elem(&sessions, &key);

	if (!s)
		return 0;
	bpf_timer_init(&s->expire, &other, CLOCK_MONOTONIC); /* rejected */
	return 0;
}

/* A callback that re-arms its own timer and arms one in the other map
 * with itself.  The kernel walks it once per entry: from the program
 * (sessions), from itself (other), and from itself again (other, a
 * third entry whose states equal the second's while that walk still has
 * branches to go).  Neither meeting is a loop: each is a new entry into
 * an async callback.  The kernel accepts. */
static int rearm(void *map, __u32 *key, struct session *s)
{
	struct session *o;
	__u32 k = 1;

	if (*key == 0 || *key == 1) {
		bpf_timer_start(&s->expire, 1000000, 0);
		o = bpf_map_lookup_elem(&other, &k);
		if (!o)
			return 0;
		bpf_timer_set_callback(&o->expire, rearm);
		bpf_timer_start(&o->expire, 0, 0);
	}
	return 0;
}

SEC("tc")
int arm_rearming(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct session *s = bpf_map_lookup_elem(&sessions, &key);

	if (!s)
		return 0;
	bpf_timer_init(&s->expire, &sessions, CLOCK_MONOTONIC);
	bpf_timer_set_callback(&s->expire, rearm);
	bpf_timer_start(&s->expire, 0, 0);
	return 0;
}

SEC("kprobe/do_nanosleep")
int timer_in_kprobe(void *ctx)
{
	__u32 key = 0;
	struct session *s = bpf_map_lookup_elem(&sessions, &key);

	return s ? s->packets & 0 : 0; /* rejected: the map holds a timer */
}

char LICENSE[] SEC("license") = "GPL";
