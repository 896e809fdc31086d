import { render } from 'preact';
import { DraftApp } from '../../components/DraftApp';

const caseKey = new URLSearchParams(location.search).get('case') ?? '';
render(<DraftApp caseKey={caseKey} />, document.getElementById('app')!);
