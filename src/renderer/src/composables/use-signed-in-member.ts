import { onMounted } from 'vue';
import { useRouter } from 'vue-router';
import { useMemberSessionStore } from '../stores/member-session';

/**
 * For a member's own screens: finds who is signed in on this screen (after a reload too) and runs `ready`,
 * or sends the screen to the number pad when nobody is.
 */
export function useSignedInMember(ready: () => unknown): void {
  const store = useMemberSessionStore();
  const router = useRouter();
  onMounted(async () => {
    const result = await store.restore();
    if (result.ok && result.value.member) await ready();
    else await router.replace({ name: 'member-sign-in' });
  });
}
