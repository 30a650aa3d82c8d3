import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/react';

export function SignInView() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: { name: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(values.name.trim(), values.password);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '10vh 16px' }}>
      <Card style={{ width: 380 }} data-testid="sign-in">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('auth.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.hint')}</Typography.Paragraph>
        {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="sign-in-error" /> : null}
        <Form layout="vertical" onFinish={(v: { name: string; password: string }) => void submit(v)} requiredMark={false}>
          <Form.Item name="name" label={t('auth.name')} rules={[{ required: true, message: t('auth.required') }]}>
            <Input autoComplete="username" data-testid="sign-in-name" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.required') }]}>
            <Input.Password autoComplete="current-password" data-testid="sign-in-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="sign-in-submit">
            {t('auth.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
