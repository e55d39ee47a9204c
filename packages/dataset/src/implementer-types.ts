import type { ImplementerType, ImplementerTypeId } from '@gcm-practices/contract';
import { IMPLEMENTER_TYPES } from '@gcm-practices/contract';

const labels: Record<ImplementerTypeId, string> = {
  government: 'Government',
  'local-authority': 'Local or regional authority',
  'un-system': 'United Nations system',
  intergovernmental: 'Intergovernmental organization',
  'civil-society': 'Civil society organization',
  'private-sector': 'Private sector',
  academia: 'Academia and research',
  'multi-stakeholder': 'Multi-stakeholder partnership',
};

/** One record per implementer type of the contract, in the contract's order. */
export const implementerTypes: ImplementerType[] = IMPLEMENTER_TYPES.map((id) => ({
  id,
  label: labels[id],
}));
