/** The Reply Coach mark: a speech bubble with a tick, in the accent colour (`.rc-logo`). */
export function ReplyCoachLogo({ size = 26 }: { size?: number }) {
  return (
    <svg class="rc-logo" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true">
      <rect x="1" y="2" width="22" height="17" rx="5" fill="currentColor" />
      <path d="M7 19l-1 4 5-4z" fill="currentColor" />
      <path d="M7.5 10.8l2.6 2.6 6.4-6.4" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
