import { render } from 'preact';
import { DraftApp } from '../../components/DraftApp';

const params = new URLSearchParams(location.search);
render(<DraftApp caseKey={params.get('case') ?? ''} document={params.get('document')} part={Number(params.get('part') ?? 0)} />, document.getElementById('app')!);
